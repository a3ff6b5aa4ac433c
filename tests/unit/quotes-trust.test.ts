import { describe, expect, it } from 'vitest';
import { findAttributions, SUGGESTION_THRESHOLD } from '@/lib/quotes';
import { calibrate, isUnfitSpeaker, type AttributionFeatures } from '@/lib/quotes/calibration';
import { en } from '@/lib/quotes/lang/en';
import { isFragment, isNamedSpeaker } from '@/lib/quotes/speaker-shape';
import type { Attribution } from '@/lib/quotes';

const attribution = (name: string | null): Attribution => ({
  kind: 'quote',
  text: 'We will rebuild every home',
  paragraph: 0,
  start: 0,
  end: 26,
  speaker: name ? { name } : null,
  cue: 'said',
  confidence: 0.9,
});
const features = (over: Partial<AttributionFeatures>): AttributionFeatures => ({
  kind: 'quote',
  via: 'cue',
  rule: 0.9,
  shape: 'person',
  words: 5,
  rivals: 0,
  lang: 'en',
  ...over,
});

describe('speaker shapes', () => {
  it('tells clause fragments from names', () => {
    for (const fragment of [
      'Although no group',
      'whose grandfather founded the company',
      "Prime Minister's",
      'Hesse. Police',
      'While officials',
    ]) {
      expect(isFragment(fragment, en.determiners), fragment).toBe(true);
    }
    for (const name of ['Hossein Mousavian', 'police', 'the Merritt Falls Rotary Club', 'Institut für Küstenökologie', 'Bank of England']) {
      expect(isFragment(name, en.determiners), name).toBe(false);
    }
  });

  it('lists as named only people and organisations', () => {
    expect(['Amina Yusuf', 'Human Rights Watch', 'The White House'].every(isNamedSpeaker)).toBe(true);
    expect(['officials', 'South Sudan', 'Although no group', 'the company'].some(isNamedSpeaker)).toBe(false);
  });
});

describe('calibration', () => {
  it('never shows a fragment, nor a place resolved from afar, as a speaker', () => {
    expect(isUnfitSpeaker(features({ shape: 'fragment' }))).toBe(true);
    expect(isUnfitSpeaker(features({ shape: 'place', rule: 0.6 }))).toBe(true);
    // "The US has denied …": a country as the named subject of its own cue may speak.
    expect(isUnfitSpeaker(features({ shape: 'place', rule: 0.8 }))).toBe(false);
    expect(calibrate(attribution('Although no group'), features({ shape: 'fragment' })).speaker).toBeNull();
  });

  it('gives a full name at its cue a high confidence, and a surer finding more than a weaker one', () => {
    const sure = calibrate(attribution('Amina Yusuf'), features({}));
    expect(sure.speaker?.name).toBe('Amina Yusuf');
    expect(sure.confidence).toBeGreaterThan(0.9);
    expect(sure.confidence).toBeLessThanOrEqual(1);
    const unsure = calibrate(attribution(null), features({ via: 'none', shape: 'none', words: 2 }));
    expect(unsure.confidence).toBeLessThan(sure.confidence);
  });
});

describe('what the reader is shown', () => {
  const paragraphs = [
    'NAIROBI — Negotiators will return to the table next week, after South Sudan offered to host a second round of talks.',
    'Sudan had already shown important progress on opening the corridors, American officials said on Sunday, although fighting continued.',
    'Although no group claimed responsibility for the shelling, aid agencies blamed both sides.',
  ];
  const shown = findAttributions(paragraphs, { lang: 'en' }).filter((a) => a.confidence >= SUGGESTION_THRESHOLD);

  it('records "American officials said" as an unnamed source, never as a nearby place', () => {
    expect(shown.find((a) => a.text.startsWith('Sudan had already'))).toMatchObject({
      kind: 'claim',
      speaker: null,
      unnamed: 'American officials',
    });
    expect(shown.map((a) => a.speaker?.name)).not.toContain('South Sudan');
  });

  it('reads "claimed responsibility" as no claim, and no clause as a speaker', () => {
    expect(shown.filter((a) => a.text.includes('responsibility'))).toEqual([]);
    expect(shown.some((a) => a.speaker?.name.startsWith('Although'))).toBe(false);
  });
});

describe('what the finder reads of a hostile page', () => {
  it('reads a paragraph too long or too full of quote marks as empty, and keeps the others and their offsets', () => {
    const story = '“We will rebuild every home,” said Amina Yusuf, who leads the relief operation.';
    const huge = 'He said ' + Array.from({ length: 500 }, (_, i) => `“w${i}”`).join(' and ');
    const found = findAttributions([huge, story, 'x'.repeat(20_000)], { lang: 'en' });
    expect(found.map((a) => [a.paragraph, a.text])).toEqual([[1, 'We will rebuild every home,']]);
    expect(story.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });
});
