/**
 * Upgrades older Gloss JSON-LD documents to the current format before they are read, so the reader only knows
 * one shape. When format N+1 comes: add `N: (doc) => …doc of format N+1` here and bump GLOSS_FORMAT_VERSION; a
 * test that imports a v1 fixture (tests/fixtures/import/gloss-v1.jsonld) keeps the old path honest.
 */
import { fail, ok, type Result } from '../../messages';
import { GLOSS_FORMAT_VERSION } from '../web-annotation-format';
import type { JsonObject } from './json-shapes';

/** MIGRATIONS[v] turns a format-v document into a format-(v+1) document. */
export const MIGRATIONS: Readonly<Record<number, (doc: JsonObject) => JsonObject>> = {
  /**
   * Format 2 added what format 1 lacked for W3C conformance and sync (web-annotation-format.ts): `creator`, the
   * page ids, a bare-IRI target for an annotation without selectors, date-times with seconds and an offset. All
   * of it is optional to the reader, which still takes format 1's `{ source }` target and dates as the model
   * allows them, so a format-1 document reads as it is.
   */
  1: (doc) => doc,
};

export function migrateToCurrent(doc: JsonObject, version: number): Result<JsonObject> {
  let current = doc;
  for (let v = version; v < GLOSS_FORMAT_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return fail(`Gloss cannot upgrade format ${v} files to format ${v + 1} (no migration).`);
    current = migrate(current);
  }
  return ok(current);
}
