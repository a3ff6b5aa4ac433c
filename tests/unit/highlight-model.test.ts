import { describe, expect, it } from 'vitest';
import { anchorText } from '@/lib/anchoring';
import { annotationForSpan } from '@/lib/highlight/annotation-factory';
import { anchorReport, placeAnnotations } from '@/lib/highlight/placement';
import {
  LEGACY_READER_SETTINGS_KEY,
  parseDismissed,
  readerSettingsFrom,
  stepFontSize,
  widthName,
  withReaderSettings,
} from '@/lib/highlight/reader-settings';
import { SETTINGS_KEY } from '@/lib/settings';
import { suggestionId } from '@/lib/highlight/suggestion-id';
import { annotatedTexts, buildSuggestions, isAnnotated } from '@/lib/highlight/suggestions';
import { parseMessage } from '@/lib/messages';
import { SUGGESTION_THRESHOLD, type Attribution } from '@/lib/quotes';

const TEXT = 'Home News Sport\nCouncil backs ferries.\n“The budget does not add up,” said Tomas Berg.\nThe pilot costs 2.4 million euros.';
const base = { pageUrl: 'http://127.0.0.1/story', now: '2026-03-14T09:30:00.000Z' };
const span = (text: string) => [TEXT.indexOf(text), TEXT.indexOf(text) + text.length] as const;

describe('new annotations', () => {
  it('carry the selected text, selectors that find it again, and kind-specific defaults', () => {
    const quote = annotationForSpan({ ...base, id: 'q', kind: 'quote' }, TEXT, ...span('The budget does not add up'))!;
    expect(quote).toMatchObject({
      kind: 'quote',
      exact: 'The budget does not add up',
      speaker: null,
      verdict: null,
      sources: [],
      tags: [],
      comment: '',
    });
    expect(anchorText(TEXT, quote.selectors)).toEqual({ start: span('The budget')[0], end: span('add up')[1] });
    // What the content script sends is what the background accepts.
    expect(parseMessage({ type: 'annotation/save', payload: { annotation: quote } }).ok).toBe(true);

    const claim = annotationForSpan({ ...base, id: 'c', kind: 'claim' }, TEXT, ...span('The pilot costs 2.4 million euros'))!;
    expect(claim.verdict).toBe('unverified');
    const note = annotationForSpan({ ...base, id: 'n', kind: 'note', speaker: { name: 'X', role: null } }, TEXT, ...span('Council backs'))!;
    expect(note.speaker).toBeNull();
  });

  it('refuses an empty or whitespace-only selection', () => {
    expect(annotationForSpan({ ...base, id: 'x', kind: 'note' }, TEXT, 15, 16)).toBeNull();
    expect(annotationForSpan({ ...base, id: 'x', kind: 'note' }, TEXT, 5, 5)).toBeNull();
  });
});

describe('page/anchors report', () => {
  it('lists anchored annotations in reading order, then orphans in stored order', () => {
    const late = annotationForSpan({ ...base, id: 'late', kind: 'claim' }, TEXT, ...span('2.4 million euros'))!;
    const early = annotationForSpan({ ...base, id: 'early', kind: 'quote' }, TEXT, ...span('The budget does not add up'))!;
    const gone = {
      ...annotationForSpan({ ...base, id: 'gone', kind: 'note' }, 'Nothing of the sort appears in this article text.', 0, 30)!,
    };
    const report = anchorReport(base.pageUrl, placeAnnotations(TEXT, [gone, late, early]));
    expect(report.entries.map((e) => [e.id, e.state])).toEqual([
      ['early', 'anchored'],
      ['late', 'anchored'],
      ['gone', 'orphan'],
    ]);
    expect(report.entries[0]!.position).toBe(TEXT.indexOf('The budget'));
    expect(report.entries[2]!.position).toBeNull();
  });
});

describe('suggestions', () => {
  const paragraphs = [
    'Council backs ferries.',
    '“The budget does not add up,” said Tomas Berg, a councillor.',
    'The pilot costs 2.4 million euros, the authority said.',
  ];
  const article = { paragraphs, text: paragraphs.join('\n\n') };
  const attribution = (p: number, text: string, speaker: Attribution['speaker'], kind: Attribution['kind'] = 'quote'): Attribution => {
    const start = paragraphs[p]!.indexOf(text);
    return { kind, text, paragraph: p, start, end: start + text.length, speaker, cue: 'said', confidence: 0.9 };
  };
  const found = [
    attribution(1, 'The budget does not add up,', { name: 'Tomas Berg', role: 'a councillor' }),
    attribution(2, 'The pilot costs 2.4 million euros', { name: 'the authority' }, 'claim'),
  ];

  it('have stable ids, selectors into the article text, and the speaker with a role', () => {
    const [quote] = buildSuggestions(article, found, { dismissed: new Set(), annotated: [] });
    // The comma the writer put before the closing mark is not part of the quote; the id is still the finder's span,
    // so earlier dismissals keep matching.
    expect(quote!.id).toBe(suggestionId(paragraphs[1]!, found[0]!.start, found[0]!.end));
    expect(quote).toMatchObject({
      kind: 'quote',
      state: 'open',
      text: 'The budget does not add up',
      speaker: { name: 'Tomas Berg', role: 'a councillor' },
    });
    const at = anchorText(article.text, quote!.selectors)!;
    expect(article.text.slice(at.start, at.end)).toBe('The budget does not add up');
  });

  it('show only attributions sure enough (SUGGESTION_THRESHOLD), with an unnamed source described', () => {
    const unsure = { ...found[1]!, confidence: SUGGESTION_THRESHOLD - 0.01 };
    expect(buildSuggestions(article, [found[0]!, unsure], { dismissed: new Set(), annotated: [] }).map((s) => s.kind)).toEqual(['quote']);
    const unnamed = { ...found[1]!, speaker: null, unnamed: 'American officials' };
    expect(buildSuggestions(article, [unnamed], { dismissed: new Set(), annotated: [] })[0]).toMatchObject({
      speaker: null,
      unnamed: 'American officials',
    });
  });

  it("make one suggestion of a quote interrupted by its cue, but not of two speakers' quotes", () => {
    const text = '“We owe these families answers,” Vukovich said, “and we owe them quickly.” “Not soon enough,” said Ray Lee.';
    const paras = [text];
    const at = (t: string, name: string): Attribution => {
      const start = text.indexOf(t);
      return { kind: 'quote', text: t, paragraph: 0, start, end: start + t.length, speaker: { name }, cue: 'said', confidence: 0.9 };
    };
    const [joined, other] = buildSuggestions(
      { paragraphs: paras, text },
      [
        at('We owe these families answers,', 'Teresa Vukovich'),
        at('and we owe them quickly.', 'Teresa Vukovich'),
        at('Not soon enough,', 'Ray Lee'),
      ],
      { dismissed: new Set(), annotated: [] },
    );
    expect(joined!.text).toBe('We owe these families answers,” Vukovich said, “and we owe them quickly.');
    expect(other).toMatchObject({ text: 'Not soon enough', speaker: { name: 'Ray Lee' } });
  });

  it('are dismissed by id, and accepted once an annotation covers the same words (punctuation aside)', () => {
    const [quote, claim] = buildSuggestions(article, found, { dismissed: new Set(), annotated: [] });
    const annotated = annotatedTexts([{ exact: 'The budget does not add up' } as never]);
    const states = buildSuggestions(article, found, { dismissed: new Set([claim!.id]), annotated }).map((s) => s.state);
    expect(states).toEqual(['accepted', 'dismissed']);
    expect(quote!.state).toBe('open');
    expect(isAnnotated('The budget does not add up,', annotatedTexts([{ exact: 'budget' } as never]))).toBe(false);
  });

  it('ids differ with the span and the paragraph, and stay short', () => {
    const ids = new Set([suggestionId('abc', 0, 1), suggestionId('abc', 0, 2), suggestionId('abd', 0, 1), suggestionId('', 0, 0)]);
    expect(ids.size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^s-[0-9a-z]{8,16}$/);
    expect(suggestionId('abc', 0, 1)).toBe(suggestionId('abc', 0, 1));
  });
});

describe('reader settings', () => {
  it("come from Gloss's settings, field by field, with the font size kept within bounds", () => {
    expect(readerSettingsFrom({})).toEqual({ fontSize: 19, font: 'serif', width: 70, theme: 'light' });
    expect(readerSettingsFrom({ [SETTINGS_KEY]: { reader: { fontSize: 99, font: 'sans', theme: 'neon', width: 55 } } })).toEqual({
      fontSize: 32,
      font: 'sans',
      width: 55,
      theme: 'light',
    });
    expect(stepFontSize({ ...readerSettingsFrom({}), fontSize: 32 }, 1).fontSize).toBe(32);
    expect(stepFontSize(readerSettingsFrom({}), -1).fontSize).toBe(17);
    expect([...parseDismissed(['a', 3, 'b'])]).toEqual(['a', 'b']);
    expect(parseDismissed('junk').size).toBe(0);
  });

  it("read what an earlier version kept under its own key, until Gloss's settings have a reader part", () => {
    const legacy = { fontSize: 24, font: 'sans', width: 'wide', theme: 'sepia' };
    expect(readerSettingsFrom({ [LEGACY_READER_SETTINGS_KEY]: legacy })).toEqual({ fontSize: 24, font: 'sans', width: 85, theme: 'sepia' });
    expect(
      readerSettingsFrom({ [LEGACY_READER_SETTINGS_KEY]: legacy, [SETTINGS_KEY]: { disabledSites: ['example.com'] } }).width,
      'settings without a reader part',
    ).toBe(85);
    expect(readerSettingsFrom({ [LEGACY_READER_SETTINGS_KEY]: legacy, [SETTINGS_KEY]: { reader: { fontSize: 16 } } }).fontSize).toBe(16);
  });

  it("are saved into Gloss's settings without touching the rest", () => {
    const stored = { autoOpenReader: true, disabledSites: ['example.com'], reader: { fontSize: 19 } };
    const reader = { fontSize: 22, font: 'sans' as const, width: 55, theme: 'dark' as const };
    expect(withReaderSettings(stored, reader)).toEqual({ autoOpenReader: true, disabledSites: ['example.com'], reader });
    expect([40, 55, 62, 63, 70, 78, 100].map(widthName)).toEqual(['narrow', 'narrow', 'narrow', 'medium', 'medium', 'wide', 'wide']);
  });
});
