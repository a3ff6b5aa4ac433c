import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchAttributions, normalizeName, tokenOverlap } from '../../bench/quotes-metric';
import { ERROR_SETS, formatQuotes, loadGoldArticles, runQuotesBench } from '../../bench/quotes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(repoRoot, 'tests/fixtures/attributions');

describe('attribution metric', () => {
  it('measures overlap over the longer text', () => {
    expect(tokenOverlap('the plan failed', 'the plan failed badly')).toBe(0.75);
    expect(tokenOverlap('a', '')).toBe(0);
  });

  it('compares speaker names ignoring case and a leading article, but not surname for full name', () => {
    expect(normalizeName('The US')).toBe(normalizeName('the US'));
    expect(normalizeName('Die IG Metall')).toBe(normalizeName('IG Metall'));
    expect(normalizeName('Mousavian')).not.toBe(normalizeName('Hossein Mousavian'));
  });

  it('matches one to one, same kind only', () => {
    const m = matchAttributions(
      [
        { kind: 'quote', text: 'we will win', speaker: 'A B' },
        { kind: 'claim', text: 'prices rose', speaker: null },
      ],
      [
        { kind: 'claim', text: 'we will win', speaker: null },
        { kind: 'claim', text: 'prices rose sharply', speaker: null },
      ],
    );
    expect(m.pairs.length).toBe(1);
    expect(m.missed.map((e) => e.text)).toEqual(['we will win']);
    expect(m.spurious.map((f) => f.text)).toEqual(['we will win']);
  });
});

describe('gold set', () => {
  const gold = loadGoldArticles(fixturesDir);

  it('has at least 40 passages, 8 of them German, with texts that occur in their paragraphs', () => {
    expect(gold.length).toBeGreaterThanOrEqual(40);
    expect(gold.filter((a) => a.lang === 'de').length).toBeGreaterThanOrEqual(8);
    for (const article of gold) {
      for (const a of article.attributions)
        expect(
          article.paragraphs.some((p) => p.includes(a.text)),
          `${article.id}: ${a.text}`,
        ).toBe(true);
    }
  });

  it('meets the quality goals on the gold set', () => {
    const report = runQuotesBench({ fixturesDir, runs: 1, skipBlind5: true });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    for (const lang of ['en', 'de']) {
      const group = report.byLanguage[lang]!;
      expect(group.quotes.precision, lang).toBeGreaterThanOrEqual(0.95);
      expect(group.quotes.recall, lang).toBeGreaterThanOrEqual(0.9);
      expect(group.quotes.speakerAccuracy, lang).toBeGreaterThanOrEqual(0.9);
      expect(group.claims.precision, lang).toBeGreaterThanOrEqual(0.85);
      expect(group.claims.recall, lang).toBeGreaterThanOrEqual(0.7);
    }
  });
});

describe('blind set rows', () => {
  const withSets = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-quotes-'));
    const passage = {
      lang: 'en',
      paragraphs: ['"We lost," said Rosa Lind.'],
      attributions: [{ kind: 'quote', text: 'We lost,', speaker: 'Someone Else' }],
    };
    for (const set of ['blind', 'blind2', 'blind3', 'blind4', 'blind5']) {
      fs.mkdirSync(path.join(dir, set));
      fs.writeFileSync(path.join(dir, set, 'b-01.json'), JSON.stringify(passage));
    }
    return dir;
  };

  it('scores blind/ … blind4/ (development sets now) and blind5/ as their own rows, listing no misses by default', () => {
    const dir = withSets();
    const report = runQuotesBench({ fixturesDir: dir, runs: 1 });
    expect(report.blind?.quotes.matched).toBe(1);
    expect(report.blind?.quotes.speakerAccuracy).toBe(0);
    expect(report.blind2?.quotes.speakerAccuracy).toBe(0);
    expect(report.blind3?.quotes.speakerAccuracy).toBe(0);
    expect(report.blind4?.quotes.speakerAccuracy).toBe(0);
    expect(report.blind5?.quotes.speakerAccuracy).toBe(0);
    expect(report.errors).toEqual([]);
    expect(formatQuotes(report)).toContain('blind set 1 (used for development');
    expect(formatQuotes(report)).toContain('blind set 2 (used for development from round 3)');
    expect(formatQuotes(report)).toContain('blind set 3 (used for development from round 4)');
    expect(formatQuotes(report)).toContain('blind set 4 (used for development from round 5)');
    expect(formatQuotes(report)).toContain('blind set 5 (development from 2026-12-07)');
    fs.rmSync(dir, { recursive: true });
  });

  it('lists blind set 1–4 misses only when asked, never blind set 5 ones, and can leave blind set 5 unscored', () => {
    const dir = withSets();
    const asked = runQuotesBench({ fixturesDir: dir, runs: 1, errorSets: ['blind', 'blind2', 'blind3', 'blind4'] });
    expect(asked.errors.map((e) => e.id)).toEqual(['b-01', 'b-01', 'b-01', 'b-01']);
    expect(asked.errors[3]!.wrongSpeaker[0]).toMatchObject({ expected: 'Someone Else', found: 'Rosa Lind' });
    expect((ERROR_SETS as readonly string[]).includes('blind5')).toBe(false);
    const skipped = runQuotesBench({ fixturesDir: dir, runs: 1, skipBlind5: true });
    expect(skipped.blind5).toBeNull();
    expect(skipped.blind4).not.toBeNull();
    expect(formatQuotes(skipped)).not.toContain('blind set 5');
    fs.rmSync(dir, { recursive: true });
  });
});

describe('speaker names in scoring', () => {
  it("accept an acronym for the name it stands for, as the blind sets' conventions do", async () => {
    const { sameSpeaker } = await import('../../bench/quotes-metric');
    expect(sameSpeaker('Rapid Support Forces', 'The RSF')).toBe(true);
    expect(sameSpeaker('the Federal Aviation Administration', 'FAA')).toBe(true);
    expect(sameSpeaker('Rapid Support Forces', 'RAF')).toBe(false);
    expect(sameSpeaker('Hossein Mousavian', 'Mousavian')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
  });
});
