/**
 * `creator` (who made an annotation: a sync account's name) in the Gloss JSON-LD format 2, and format-1 files,
 * written before it, still importing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport, toWebAnnotations, toWebAnnotationsJson, toWireAnnotation, type Library } from '../../lib/export';
import type { Annotation } from '../../lib/model/annotation';
import { annotationSchema } from '../../lib/model/schema';
import * as v from 'valibot';

const OPTIONS = { exportedAt: '2026-11-23T09:30:00.000Z', generator: 'Gloss 0.1.0' };
const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/import', name), 'utf8');

function v1Library(): Library {
  const lib = parseImport(fixture('gloss-v1.jsonld'));
  if (!lib.ok) throw new Error(lib.error);
  return lib.value;
}

describe('creator', () => {
  it('is written as a W3C Agent when known, and absent for this reader without an account', () => {
    const [quote, claim] = v1Library().annotations as [Annotation, Annotation];
    expect(toWireAnnotation({ ...claim, creator: 'amira.haddad' }).creator).toEqual({ type: 'Person', name: 'amira.haddad' });
    expect('creator' in toWireAnnotation(quote)).toBe(false);
    expect('creator' in toWireAnnotation({ ...quote, creator: null })).toBe(false);
  });

  it("the export can name the reader's own account for the annotations without a creator", () => {
    const lib = v1Library();
    lib.annotations[1] = { ...lib.annotations[1]!, creator: 'amira.haddad' };
    const items = toWebAnnotations(lib, { ...OPTIONS, readerName: 'jonas' }).first.items;
    expect(items.map((a) => a.creator?.name)).toEqual(['jonas', 'amira.haddad', 'jonas']);
  });

  it('comes back from an export → import round trip, and absent stays absent', () => {
    const lib = v1Library();
    lib.annotations[0] = { ...lib.annotations[0]!, creator: 'amira.haddad' };
    lib.annotations[2] = { ...lib.annotations[2]!, creator: 'Jonas Weiß' };
    const text = toWebAnnotationsJson(lib, OPTIONS);
    const back = parseImport(text);
    if (!back.ok) throw new Error(back.error);
    expect(back.value.annotations).toEqual(lib.annotations);
    expect(back.value.annotations.map((a) => a.creator)).toEqual(['amira.haddad', undefined, 'Jonas Weiß']);
    expect(toWebAnnotationsJson(back.value, OPTIONS)).toBe(text);
  });

  it('an empty or over-long creator name is refused on import with the field named, and nothing is imported', () => {
    const doc = JSON.parse(toWebAnnotationsJson(v1Library(), OPTIONS)) as { first: { items: Record<string, unknown>[] } };
    doc.first.items[1]!.creator = { type: 'Person', name: '   ' };
    const result = parseImport(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/annotations\[1\].*creator: must not be empty/);
    doc.first.items[1]!.creator = 'https://accounts.example/amira';
    expect(!parseImport(JSON.stringify(doc)).ok).toBe(true);
  });

  it('the model keeps it optional: absent, null or a name', () => {
    const [quote] = v1Library().annotations as [Annotation];
    expect(v.safeParse(annotationSchema, quote).success).toBe(true);
    expect(v.parse(annotationSchema, { ...quote, creator: null }).creator).toBeNull();
    expect(v.parse(annotationSchema, { ...quote, creator: '  amira ' }).creator).toBe('amira');
  });
});

describe('format 1 files', () => {
  it('still import: a selector-less target object, no ids on the pages, no creator', () => {
    const doc = JSON.parse(fixture('gloss-v1.jsonld')) as { first: { items: Record<string, unknown>[] } };
    expect((doc as unknown as Record<string, unknown>)['gloss:formatVersion']).toBe(1);
    doc.first.items[2]!.target = { source: 'https://news.example.org/2014/11/21/iran-talks' };
    const result = parseImport(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.error);
    const note = result.value.annotations[2]!;
    expect(note).toMatchObject({ kind: 'note', pageUrl: 'https://news.example.org/2014/11/21/iran-talks', selectors: [] });
    expect(result.value.annotations.every((a) => !('creator' in a))).toBe(true);
    // Written again, it is format 2, with the orphan's target as the page's IRI.
    const again = toWebAnnotations(result.value, OPTIONS);
    expect(again['gloss:formatVersion']).toBe(2);
    expect(again.first.items[2]!.target).toBe('https://news.example.org/2014/11/21/iran-talks');
  });
});
