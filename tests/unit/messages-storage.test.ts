import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messages';
import { annotationSchema } from '@/lib/model/schema';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';

function errorOf(raw: unknown): string {
  const result = parseMessage(raw);
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

const save = (annotation: unknown) => ({ type: 'annotation/save', payload: { annotation } });

describe('storage messages', () => {
  it('accepts well-formed payloads of every storage message', () => {
    const a = makeClaim();
    for (const raw of [
      save(a),
      { type: 'annotation/restore', payload: { annotation: makeAnnotation({ kind: 'note', speaker: null, exact: '', selectors: [] }) } },
      { type: 'annotation/delete', payload: { id: a.id } },
      { type: 'annotations/forPage', payload: { url: 'https://example.com/a#b' } },
      save(makeAnnotation({ pageUrl: 'urn:x-pdf:6b4ad1c4a0a0e5e1b0c6c1d1f1e1a1b1' })),
      save(makeAnnotation({ selectors: [{ type: 'TextPositionSelector', start: 4, end: 4 }] })),
      {
        type: 'page/upsert',
        payload: { page: { url: 'https://example.com/a', title: 'A', siteName: null, published: '2026-03-14T09:00:00' } },
      },
      { type: 'suggest/speakers', payload: { prefix: 'jo' } },
      { type: 'suggest/sources', payload: { prefix: '', limit: 5 } },
    ]) {
      expect(parseMessage(raw), JSON.stringify(raw)).toMatchObject({ ok: true });
    }
  });

  it('passes the annotation through unchanged, minus fields the model does not have', () => {
    const a = makeClaim();
    expect(parseMessage(save({ ...a, isAdmin: true }))).toEqual({
      ok: true,
      value: { type: 'annotation/save', payload: { annotation: a } },
    });
  });

  it.each([
    ['kind', { kind: 'rumour' }, /annotation\.kind: expected one of quote, claim, note/],
    ['verdict enum', { kind: 'claim', verdict: 'pants on fire' }, /annotation\.verdict: expected one of unverified/],
    ['verdict on a quote', { kind: 'quote', verdict: 'false' }, /annotation\.verdict: only claims have a verdict/],
    ['sources on a note', { kind: 'note', sources: makeClaim().sources }, /annotation\.sources: only claims have sources/],
    [
      'stance',
      { kind: 'claim', sources: [{ ...makeClaim().sources[0], stance: 'neutral' }] },
      /annotation\.sources\.0\.stance: expected one of supports/,
    ],
    [
      'source URL',
      { kind: 'claim', sources: [{ ...makeClaim().sources[0], url: 'javascript:alert(1)' }] },
      /annotation\.sources\.0\.url: expected an absolute http\(s\) URL/,
    ],
    [
      'source date',
      { kind: 'claim', sources: [{ ...makeClaim().sources[0], date: '2026-02-30' }] },
      /annotation\.sources\.0\.date: not a real calendar date/,
    ],
    ['selector type', { selectors: [{ type: 'XPathSelector', value: '/p' }] }, /annotation\.selectors\.0\.type/],
    [
      'selector offsets',
      { selectors: [{ type: 'TextPositionSelector', start: 5, end: 2 }] },
      /annotation\.selectors\.0: end comes before start/,
    ],
    [
      'negative offset',
      { selectors: [{ type: 'TextPositionSelector', start: -1, end: 2 }] },
      /annotation\.selectors\.0\.start: offsets start at 0/,
    ],
    [
      'quote selector context',
      { selectors: [{ type: 'TextQuoteSelector', exact: 'x', prefix: 'p'.repeat(10_001), suffix: '' }] },
      /annotation\.selectors\.0\.prefix: longer than 10000/,
    ],
    ['speaker name', { speaker: { name: '   ', role: null } }, /annotation\.speaker\.name: must not be empty/],
    ['speaker shape', { speaker: 'Jane' }, /annotation\.speaker/],
    ['page URL', { pageUrl: '/relative' }, /annotation\.pageUrl: expected an absolute URL/],
    ['script page URL', { pageUrl: 'javascript:alert(1)' }, /annotation\.pageUrl: expected an absolute URL \(not javascript:/],
    ['id', { id: '<script>' }, /annotation\.id: expected 1-128 letters/],
    ['created', { created: 'March 14' }, /annotation\.created: expected an ISO 8601 date-time/],
    ['updated', { updated: '2026-03-14' }, /annotation\.updated: expected an ISO 8601 date-time/],
    ['comment length', { comment: 'x'.repeat(100_001) }, /annotation\.comment: longer than 100000 characters/],
    ['exact length', { exact: 'x'.repeat(100_001) }, /annotation\.exact: longer than 100000/],
    ['tag', { tags: ['ok', ''] }, /annotation\.tags\.1: must not be empty/],
    ['too many tags', { tags: Array.from({ length: 201 }, (_, i) => `t${i}`) }, /annotation\.tags: more than 200 tags/],
    ['missing field', { comment: undefined }, /annotation\.comment/],
  ])('rejects a bad %s, naming the field', (_what, change, error) => {
    expect(errorOf(save({ ...makeAnnotation(), ...change }))).toMatch(error);
  });

  it('rejects other bad payloads with the field named', () => {
    expect(errorOf({ type: 'annotation/delete', payload: { id: '' } })).toMatch(/malformed annotation\/delete payload: id/);
    expect(errorOf({ type: 'annotations/forPage', payload: { url: 'data:text/html,hi' } })).toMatch(/url: expected an absolute URL/);
    expect(errorOf({ type: 'page/upsert', payload: { page: { url: 'https://a/', title: 1, siteName: null, published: null } } })).toMatch(
      /page\.title/,
    );
    expect(errorOf({ type: 'suggest/speakers', payload: { prefix: 'a', limit: 1000 } })).toMatch(/limit/);
    expect(errorOf({ type: 'suggest/sources', payload: {} })).toMatch(/prefix/);
  });

  it('accepts the ISO dates the cleaner and Date produce', () => {
    const dates = ['2026-03-14T09:30:00.000Z', '2026-03-14T09:30:00+05:30', '2026-03-14T09:30', '2024-02-29T00:00:00Z'];
    for (const created of dates) expect(v.safeParse(annotationSchema, makeAnnotation({ created })).success, created).toBe(true);
    expect(v.safeParse(annotationSchema, makeAnnotation({ created: '2025-02-29T00:00:00Z' })).success).toBe(false);
  });
});
