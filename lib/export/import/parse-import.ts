/**
 * The one entry point for importing a file: detect the format, validate every record, and return the whole
 * library or a clear error. Never throws; nothing partial comes out (one bad record rejects the file).
 */
import { fail, type Result } from '../../messages';
import { ANNO_CONTEXT } from '../web-annotation-format';
import type { ImportedLibrary } from './finish';
import { isGlossDocument, readGloss } from './gloss';
import { isHypothesisExport, readHypothesis } from './hypothesis';
import { isObject } from './json-shapes';
import { isObsidianExport, readObsidian } from './obsidian';
import { parseJsonSafely } from './safe-json';

export interface ImportOptions {
  /** ISO date-time used for records the file does not date (some Obsidian highlights). Default: now. */
  now?: string;
}

export function parseImport(text: string, options: ImportOptions = {}): Result<ImportedLibrary> {
  try {
    if (typeof text !== 'string') return fail('Nothing to import: expected the text of a file.');
    const parsed = parseJsonSafely(text);
    if (!parsed.ok) return parsed;
    const doc = parsed.value;
    if (isGlossDocument(doc)) return readGloss(doc);
    if (isObsidianExport(doc)) return readObsidian(doc, options.now ?? new Date().toISOString());
    if (isHypothesisExport(doc)) return readHypothesis(doc);
    if (isObject(doc) && JSON.stringify(doc['@context'] ?? null).includes(ANNO_CONTEXT)) {
      return fail('This is a W3C Web Annotation file that was not made by Gloss (no gloss:formatVersion); Gloss cannot import it yet.');
    }
    return fail(
      'Unrecognized file: expected a Gloss export (.jsonld), a Hypothesis export (JSON with "annotations") or an Obsidian Web Clipper highlights export (a list of { url, highlights }).',
    );
  } catch (error) {
    // A bug must not take the caller down with it; say what happened instead.
    return fail(`Import failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}
