/**
 * Runs the W3C Web Annotation Working Group's MUST assertions (tests/fixtures/w3c-web-annotation-tests, JSON
 * Schema draft-04, the suite web-platform-tests' annotation-model/ was made from) on a Gloss document: an
 * annotation, an AnnotationPage or an AnnotationCollection (its embedded page and annotations included).
 *
 * The WG's set checks bodies, targets, selectors and collections; the MUSTs on an annotation's and a page's own
 * keys are in none of its files. w3c-model-musts.ts adds those (named `model-…`), built from the set's own
 * definitions, so "every MUST" includes them.
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANNOTATION_MODEL_MUSTS, LONE_ANNOTATION_MODEL_MUSTS, PAGE_MODEL_MUSTS, type ModelMust } from './w3c-model-musts';

export const W3C_TESTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/w3c-web-annotation-tests');

export interface FailedAssertion {
  /** The assertion file's id, e.g. "3.3.1-targCreatedValidated.json", or "model-…" for the added ones. */
  assertion: string;
  errorMessage: string;
  /** Where in the document: "collection", "first", "first.items[3]", or "annotation" / "page" for a lone one. */
  at: string;
}

export interface ConformanceReport {
  /** Assertions run: one per (assertion, object it applies to). */
  checked: number;
  failed: FailedAssertion[];
}

interface Assertion {
  id: string;
  errorMessage: string;
  validate: ValidateFunction;
}

type Json = Record<string, unknown>;

/**
 * JSON Schema "uri" for identifiers in a JSON-LD document: an absolute IRI (RFC 3987), i.e. a scheme, then no
 * space, control character or character RFC 3987 forbids (<>"{}|\^`). Non-ASCII letters are allowed: the model's
 * identifiers are IRIs.
 */
// eslint-disable-next-line no-control-regex
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f\u007f<>"{}|\\^`]+$/i;

/** JSON Schema "date-time" (RFC 3339 section 5.6): seconds and an offset are required; the date must exist. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function isRfc3339(text: string): boolean {
  const match = RFC3339.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function readJsonFiles(dir: string): Json[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => JSON.parse(readFileSync(path.join(dir, entry.name), 'utf8')) as Json)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addFormat('uri', ABSOLUTE_IRI);
ajv.addFormat('date-time', isRfc3339);
for (const definitions of readJsonFiles(path.join(W3C_TESTS_DIR, 'definitions'))) ajv.addSchema(definitions);

function compileMusts(dir: string): Assertion[] {
  return readJsonFiles(path.join(W3C_TESTS_DIR, dir))
    .filter((schema) => schema.assertionType === 'must' && schema.expectedResult === 'valid')
    .map((schema) => ({ id: String(schema.id), errorMessage: String(schema.errorMessage), validate: ajv.compile(schema) }));
}

/** A MUST of the model that no assertion file checks, as a schema over the suite's definitions. */
const compileModelMusts = (musts: readonly ModelMust[]): Assertion[] =>
  musts.map(({ id, errorMessage, schema }) => ({ id, errorMessage, validate: ajv.compile({ id: `${id}.json`, ...schema }) }));

const ANNOTATION_MUSTS: Assertion[] = [
  ...compileMusts('annotations/bodiesTargets'),
  ...compileMusts('annotations/specificResource'),
  ...compileModelMusts(ANNOTATION_MODEL_MUSTS),
];
const LONE_ANNOTATION_MUSTS = compileModelMusts(LONE_ANNOTATION_MODEL_MUSTS);
const COLLECTION_MUSTS = compileMusts('collections');
/** 5.2-pageContextValidated: on a page document, or on the collection that embeds the page (its title says so). */
const PAGE_CONTEXT_MUSTS = compileMusts('collections/pages');
const PAGE_MUSTS = compileModelMusts(PAGE_MODEL_MUSTS);

function run(assertions: readonly Assertion[], json: unknown, at: string, report: ConformanceReport): void {
  for (const { id, errorMessage, validate } of assertions) {
    report.checked += 1;
    if (!validate(json)) report.failed.push({ assertion: id, errorMessage, at });
  }
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkPageInto(page: unknown, at: string, report: ConformanceReport): void {
  run(PAGE_MUSTS, page, at, report);
  const items = isObject(page) && Array.isArray(page.items) ? page.items : [];
  // Items given by IRI are not here to check; embedded ones are annotations.
  items.forEach((item, i) => {
    if (isObject(item)) run(ANNOTATION_MUSTS, item, `${at}.items[${i}]`, report);
  });
}

/** Every MUST that applies to one annotation document (with its own @context). */
export function checkAnnotation(annotation: unknown): ConformanceReport {
  const report: ConformanceReport = { checked: 0, failed: [] };
  run([...LONE_ANNOTATION_MUSTS, ...ANNOTATION_MUSTS], annotation, 'annotation', report);
  return report;
}

/** Every MUST that applies to an AnnotationPage document and its embedded annotations. */
export function checkPage(page: unknown): ConformanceReport {
  const report: ConformanceReport = { checked: 0, failed: [] };
  run(PAGE_CONTEXT_MUSTS, page, 'page', report);
  checkPageInto(page, 'page', report);
  return report;
}

/** Every MUST that applies to an AnnotationCollection, its embedded first page and that page's annotations. */
export function checkCollection(collection: unknown): ConformanceReport {
  const report: ConformanceReport = { checked: 0, failed: [] };
  run(COLLECTION_MUSTS, collection, 'collection', report);
  const first = isObject(collection) ? collection.first : undefined;
  // A first page given by IRI lives elsewhere; an embedded one is checked here, its context being the collection's.
  if (isObject(first)) {
    run(PAGE_CONTEXT_MUSTS, collection, 'collection', report);
    checkPageInto(first, 'first', report);
  }
  return report;
}

/** Checks a document by its type: collection, page, or else annotation. */
export function checkDocument(doc: unknown): ConformanceReport {
  const types = isObject(doc) ? [doc.type].flat() : [];
  if (types.includes('AnnotationCollection')) return checkCollection(doc);
  if (types.includes('AnnotationPage')) return checkPage(doc);
  return checkAnnotation(doc);
}

/** "MUST held: 697 of 697", and one line per failure. */
export function formatConformance(report: ConformanceReport): string {
  const held = report.checked - report.failed.length;
  const lines = [`MUST held: ${held} of ${report.checked}`];
  for (const failure of report.failed) lines.push(`  ${failure.at}: ${failure.assertion}: ${failure.errorMessage}`);
  return lines.join('\n');
}
