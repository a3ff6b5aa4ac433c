/**
 * JSON.parse for files from outside: size limit, no prototype-shaped keys, and syntax errors that say where
 * (the same wording in every browser, since engines word and position their errors differently).
 */
import { fail, ok, type Result } from '../../messages';
import { IMPORT_LIMITS } from './limits';
import { findJsonSyntaxError } from './json-syntax';

/** Keys that could reach an object's prototype if any code later merges imported objects. Refused anywhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export function parseJsonSafely(text: string): Result<unknown> {
  if (text.length > IMPORT_LIMITS.maxTextLength) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return fail(`The file is too large to import (${mb} MB; the limit is ${IMPORT_LIMITS.maxTextLength / 1024 / 1024} MB).`);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (looksBinary(body)) {
    return fail('This is not valid JSON at position 0: the file looks like binary data, not an annotation export.');
  }
  if (body.trim() === '') return fail('The file is empty: not valid JSON at position 0.');
  // Fast path: the engine's own parser, then one cheap walk over the result. A reviver would make JSON.parse
  // call back into JS for every value (3x slower on a 100k-annotation backup). Anything the walk finds unusual
  // goes through the reviver path below, so refusals and their messages are exactly what that path gives.
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return parseWithReviver(body);
  }
  return isPlainlySafe(parsed) ? ok(parsed) : parseWithReviver(body);
}

/**
 * How deep a document may nest before it takes the reviver path. Real exports nest < 10 levels; a reviver
 * recurses once per level and overflows the stack at a few thousand (engine-dependent), and that failure (with
 * its message) must stay what it was, so a deep document is handed to the reviver to fail the same way.
 */
const PLAIN_DEPTH = 256;

/**
 * True when no key anywhere is forbidden and nesting is shallow: then the reviver path would return exactly
 * JSON.parse's result. Keys are checked after JSON decoding, so escaped spellings ("__pro\u0074o__") count.
 * An explicit stack, not recursion, so a hostile document cannot overflow the stack here.
 */
function isPlainlySafe(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > PLAIN_DEPTH) return false;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    // JSON.parse makes every key an own, enumerable data property (even "__proto__"), so for-in sees them all
    // (for-in rather than Object.keys: no array per object, which matters across millions of objects).
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      const item = record[key];
      if (typeof item === 'object' && item !== null) {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

/** The reference behaviour: a reviver that refuses forbidden keys, and the clear messages for each failure. */
/** Exported so tests can check that the fast path above agrees with it. */
export function parseWithReviver(body: string): Result<unknown> {
  try {
    return ok(
      JSON.parse(body, (key, value: unknown) => {
        if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
        return value;
      }),
    );
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return fail(forbiddenKeyMessage(body, error.key));
    if (error instanceof SyntaxError) return fail(syntaxMessage(body));
    // Nesting so deep the engine ran out of stack, and the like.
    return fail(`This file could not be read as JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function forbiddenKeyMessage(text: string, key: string): string {
  const at = text.search(new RegExp(`"${key}"\\s*:`));
  const where = at >= 0 ? ` at ${lineColumn(text, at)}` : '';
  return `The file contains the key "${key}"${where}, which Gloss refuses because it can be used to tamper with objects. Nothing was imported.`;
}

function syntaxMessage(text: string): string {
  const position = findJsonSyntaxError(text);
  const reason =
    position >= text.length
      ? 'the file ends too early (truncated?)'
      : `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(position) ?? 0))}`;
  return `This is not valid JSON at ${lineColumn(text, position)}: ${reason}.`;
}

function lineColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `position ${position} (line ${line}, column ${position - lineStart + 1})`;
}

/** NUL bytes or many U+FFFD (what a text decoder makes of non-UTF-8 bytes) in the first 4 KB. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  const replaced = head.split('\uFFFD').length - 1;
  return replaced > 8 && replaced > head.length / 100;
}
