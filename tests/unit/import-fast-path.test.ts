/**
 * The import's fast paths (fast-records.ts, gloss-wire.ts, safe-json.ts, isRealDate) exist only for speed: on
 * every input they must either agree exactly with the slow, reference path or step aside. Checked here over
 * valid records and over records mutated with hostile and borderline values.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toWebAnnotations } from '../../lib/export';
import { fastAnnotation, fastPageRecord } from '../../lib/export/import/fast-records';
import {
  fastGlossAnnotation,
  fromWireAnnotation,
  fromWirePage,
  isPlainWirePage,
  wireAnnotationSchema,
  wirePageSchema,
} from '../../lib/export/import/gloss-wire';
import { parseJsonSafely, parseWithReviver } from '../../lib/export/import/safe-json';
import { generateLibrary } from '../../lib/library/sample';
import { LIMITS, annotationSchema, isRealDate, isRealDateByDate, pageRecordSchema } from '../../lib/model/schema';

const generated = generateLibrary({ pages: 40, annotations: 400, seed: 11 });
// Some annotations made by a colleague (a `creator`), some with no selector (the target is then a bare IRI).
const library = {
  ...generated,
  annotations: generated.annotations.map((a, i) => ({
    ...a,
    ...(i % 3 === 0 ? { creator: `desk-member-${i % 5}` } : {}),
    ...(i % 7 === 0 ? { selectors: [] } : {}),
  })),
};
const wire = toWebAnnotations(library, { exportedAt: '2026-01-01T00:00:00.000Z', generator: 'test' });
const wireItems = wire.first.items as unknown as Record<string, unknown>[];
const wirePages = wire['gloss:pages'] as unknown as Record<string, unknown>[];

/** Values that sit on or just past a rule of the schemas, plus some of every JSON type. */
const tricky = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    '  padded  ',
    'x',
    0,
    -0,
    -1,
    1.5,
    3,
    2 ** 53,
    true,
    [],
    {},
    [null],
    [''],
    [' '],
    ['tag'],
    'javascript:alert(1)',
    'data:text/html,x',
    'https://example.com/a',
    'http://x.test/',
    'ftp://x.test/',
    'not a url',
    'urn:x-pdf:abc',
    '2024-02-29T10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2024-02-30T00:00:00Z',
    '0050-01-01T00:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01',
    '2024-01-01T24:00',
    '2024-06-30T23:59:59.123456789+05:30',
    'urn:uuid:',
    'urn:uuid:abc',
    'urn:uuid:bad id',
    'quote',
    'claim',
    'note',
    'unverified',
    'false',
    'context',
    'supports',
    'commenting',
    'tagging',
    'TextualBody',
    'TextQuoteSelector',
    'TextPositionSelector',
    'Annotation',
    'x'.repeat(LIMITS.tag),
    'x'.repeat(LIMITS.tag + 1),
    ` ${'y'.repeat(LIMITS.tag)} `,
    'n'.repeat(LIMITS.name + 1),
    { type: 'TextQuoteSelector', exact: 'e', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 5, end: 2 },
    { type: 'TextualBody', value: 'v', purpose: 'commenting' },
    { 'gloss:name': '  ', 'gloss:role': null },
    { name: 'Ann', role: 7 },
    Array.from({ length: LIMITS.selectors + 1 }, () => ({ type: 'TextPositionSelector', start: 0, end: 0 })),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = Record<string, unknown> | unknown[];

/** Every place in a record a value could be changed: [container, key] pairs, nested containers included. */
function slots(root: Json): [Json, string | number][] {
  const out: [Json, string | number][] = [];
  const visit = (node: Json) => {
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      out.push([node, key]);
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) visit(child as Json);
    }
  };
  visit(root);
  return out;
}

/** A copy of `record` with one to three changes: a value replaced or padded with spaces, a key deleted, or one added. */
const mutated = (records: readonly Record<string, unknown>[]) =>
  fc
    .tuple(
      fc.constantFrom(...records),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'delete', 'add', 'pad'), tricky), { minLength: 1, maxLength: 3 }),
    )
    .map(([record, changes]) => {
      const copy = structuredClone(record);
      for (const [at, op, value] of changes) {
        const all = slots(copy);
        const [node, key] = all[at % all.length] ?? [copy, 'id'];
        const target = node as Record<string | number, unknown>;
        // A clone: the pool's objects are shared, and a later change must not make a cycle through one.
        const current = target[key];
        if (op === 'pad')
          target[key] = typeof current === 'string' ? ` ${current}\t` : current; // trimmed or not?
        else if (op === 'set') target[key] = structuredClone(value);
        else if (op === 'delete' && !Array.isArray(node)) delete target[key];
        else if (!Array.isArray(node)) target.extra = structuredClone(value);
      }
      return copy;
    });

/** The reference path for one Gloss wire annotation: both schemas and the conversion between them. */
function slowGloss(item: unknown): { ok: true; value: unknown } | { ok: false } {
  const parsed = v.safeParse(wireAnnotationSchema, item);
  if (!parsed.success) return { ok: false };
  const problems: string[] = [];
  const candidate = fromWireAnnotation(parsed.output, 0, problems);
  const model = v.safeParse(annotationSchema, candidate);
  return model.success && problems.length === 0 ? { ok: true, value: model.output } : { ok: false };
}

const runs = { numRuns: 3000 };

describe('fast record checks agree with the valibot schemas', () => {
  it('take the fast path for every valid record of a sample library', () => {
    for (const a of library.annotations) expect(fastAnnotation(a)).toStrictEqual(v.parse(annotationSchema, a));
    for (const p of library.pages) expect(fastPageRecord(p)).toStrictEqual(v.parse(pageRecordSchema, p));
    for (const item of wireItems) expect(fastGlossAnnotation(item)).toStrictEqual((slowGloss(item) as { value: unknown }).value);
    expect(wirePages.every(isPlainWirePage)).toBe(true);
  });

  it('a model annotation the fast check accepts, valibot accepts with the same output', () => {
    const models = library.annotations as unknown as Record<string, unknown>[];
    fc.assert(
      fc.property(mutated(models), (record) => {
        const fast = fastAnnotation(record);
        if (fast === undefined) return;
        const slow = v.safeParse(annotationSchema, record);
        expect(slow.success).toBe(true);
        expect(fast).toStrictEqual(slow.output);
      }),
      runs,
    );
  });

  it('a page record the fast check accepts, valibot accepts with the same output', () => {
    fc.assert(
      fc.property(mutated(library.pages as unknown as Record<string, unknown>[]), (record) => {
        const fast = fastPageRecord(record);
        if (fast === undefined) return;
        const slow = v.safeParse(pageRecordSchema, record);
        expect(slow.success).toBe(true);
        expect(fast).toStrictEqual(slow.output);
      }),
      runs,
    );
  });

  it('a Gloss wire annotation the one-step path accepts, the schemas accept with the same output and no problem', () => {
    fc.assert(
      fc.property(mutated(wireItems), (item) => {
        const fast = fastGlossAnnotation(item);
        if (fast === undefined) return;
        expect(slowGloss(item)).toStrictEqual({ ok: true, value: fast });
      }),
      runs,
    );
  });

  it('a Gloss wire page the guard accepts, the wire schema accepts and converts the same', () => {
    fc.assert(
      fc.property(mutated(wirePages), (item) => {
        if (!isPlainWirePage(item)) return;
        const slow = v.safeParse(wirePageSchema, item);
        expect(slow.success).toBe(true);
        if (slow.success) expect(fromWirePage(item)).toStrictEqual(fromWirePage(slow.output));
      }),
      runs,
    );
  });
});

describe('isRealDate: arithmetic for "YYYY-MM-DD…", the same answers as the Date-based rule', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  it('for every month and day field of years around the edge cases', () => {
    const years = [0, 1, 4, 99, 100, 101, 104, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 9996, 9999];
    for (const y of years) {
      for (let m = 0; m <= 99; m++) {
        for (let d = 0; d <= 99; d++) {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T00:00Z`;
          if (isRealDate(text) !== isRealDateByDate(text)) expect(text).toBe('the same answer both ways');
        }
      }
    }
  });

  it('for any text', () => {
    const digit = fc.constantFrom(...'0123456789');
    const shaped = fc
      .tuple(
        fc.array(digit, { minLength: 4, maxLength: 4 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
        fc.string(),
      )
      .map(([y, m, d, rest]) => `${y.join('')}-${m.join('')}-${d.join('')}${rest}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (text) => {
        expect(isRealDate(text)).toBe(isRealDateByDate(text));
      }),
      runs,
    );
  });
});

describe('parseJsonSafely: native parse plus a key walk gives what the reviver path gives', () => {
  // Placeholders replaced in the text, so forbidden keys (also spelled with escapes) reach the parser as written.
  const spellings: Record<string, string> = {
    K_PROTO: '"__proto__"',
    K_CTOR: '"constructor"',
    K_PROTOTYPE: '"prototype"',
    K_ESC_PROTO: '"__pro\\u0074o__"',
    K_ESC_CTOR: '"\\u0063onstructor"',
    K_ESC_PROTOTYPE: '"prototyp\\u0065"',
    K_NEAR: '"__proto"',
    K_ESC_OTHER: '"\\u0061b"',
  };
  const key = fc.constantFrom('a', 'id', 'type', 'items', ...Object.keys(spellings));
  const tree = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
  }));
  const text = fc.tuple(tree.node, fc.nat({ max: 20 }), fc.boolean()).map(([value, cut, truncate]) => {
    let out = JSON.stringify(value, null, cut % 3);
    for (const [placeholder, spelled] of Object.entries(spellings)) out = out.replaceAll(`"${placeholder}"`, spelled);
    return truncate && out.length > cut ? out.slice(0, out.length - cut) : out;
  });

  it('for documents with forbidden keys in any spelling, and truncated ones', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(parseJsonSafely(input)).toStrictEqual(parseWithReviver(input));
      }),
      runs,
    );
  });

  it('for nesting around the walk depth and the engine stack', () => {
    for (const depth of [255, 256, 257, 300, 20_000]) {
      for (const input of [`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`]) {
        expect(parseJsonSafely(input)).toStrictEqual(parseWithReviver(input));
      }
    }
  });

  it('refuses an escaped forbidden key deep in a record', () => {
    const result = parseJsonSafely('{"first": {"items": [{"id": "x", "target": {"__pro\\u0074o__": {}}}]}}');
    expect(result.ok ? 'accepted' : result.error).toMatch(/^The file contains the key "__proto__"/);
  });
});
