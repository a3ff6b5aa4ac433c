import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainAttributions, guessLanguage, type Attribution } from '../../lib/quotes';

/** The rules' own findings, before calibration drops the names it is unsure of (quotes-trust.test.ts: what is shown). */
const rules = (...args: Parameters<typeof explainAttributions>) => explainAttributions(...args).map((e) => e.attribution);
import { tokenOverlap } from '../../bench/quotes-metric';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedPath = path.resolve(repoRoot, '../shared/fixtures/sputnik-2014-us-iran/expected.json');
const hasSeed = fs.existsSync(seedPath);

const quotes = (found: Attribution[]): Attribution[] => found.filter((a) => a.kind === 'quote');
const claims = (found: Attribution[]): Attribution[] => found.filter((a) => a.kind === 'claim');

describe.skipIf(!hasSeed)(`seed article (${hasSeed ? 'found' : `skipped: ${seedPath} is missing`})`, () => {
  const seed = hasSeed
    ? (JSON.parse(fs.readFileSync(seedPath, 'utf8')) as {
        paragraphs: string[];
        attributions: Array<{ kind: string; text: string; speaker: string }>;
      })
    : { paragraphs: [], attributions: [] };
  const found = rules(seed.paragraphs);

  it('finds all five direct quotes with exactly the expected text, said by Hossein Mousavian', () => {
    for (const expected of seed.attributions.filter((a) => a.kind === 'quote')) {
      const match = quotes(found).find((q) => q.text === expected.text);
      expect(match, expected.text).toBeDefined();
      expect(match!.speaker?.name).toBe('Hossein Mousavian');
    }
  });

  it('finds at least six of the seven reported claims with the right claimant', () => {
    const expectedClaims = seed.attributions.filter((a) => a.kind === 'claim');
    const hits = expectedClaims.filter((e) =>
      claims(found).some((c) => tokenOverlap(c.text, e.text) >= 0.8 && c.speaker?.name.toLowerCase() === e.speaker.toLowerCase()),
    );
    expect(hits.length).toBeGreaterThanOrEqual(6);
  });

  it("records Mousavian's role as the article gives it", () => {
    const first = quotes(found)[0]!;
    expect(first.speaker?.role).toBe("former head of the Foreign Relations Committee of Iran's National Security Council");
  });
});

describe('findAttributions', () => {
  it('returns offsets whose slice is the text', () => {
    const paragraphs = ['“We will rebuild,” said Mayor Ana Ruiz. She added that the work would take two years.'];
    const found = rules(paragraphs);
    expect(found.length).toBe(2);
    for (const a of found) expect(paragraphs[a.paragraph]!.slice(a.start, a.end)).toBe(a.text);
  });

  it('handles empty input', () => {
    expect(rules([])).toEqual([]);
    expect(rules([''])).toEqual([]);
  });

  it('reads straight, curly, guillemet and single quote marks, keeping nested quotes inside', () => {
    const found = quotes(
      rules([
        '"The vote was fair," said Omar Diallo.',
        '«The count took all night,» said Léa Martin.',
        "'We never saw the ballots,' said Tom Reed.",
        '“My lawyer called it ‘a farce’, and he was right,” said Ivo Petrov.',
      ]),
    );
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['The vote was fair,', 'Omar Diallo'],
      ['The count took all night,', 'Léa Martin'],
      ['We never saw the ballots,', 'Tom Reed'],
      ['My lawyer called it ‘a farce’, and he was right,', 'Ivo Petrov'],
    ]);
  });

  it('attributes every paragraph of a quote that runs over several paragraphs', () => {
    const found = quotes(
      rules([
        'Union leader Carla Brandt spoke after the vote.',
        '"We asked for a fair deal. We were ignored.',
        '"So we will strike on Monday."',
      ]),
    );
    expect(found.map((q) => [q.paragraph, q.speaker?.name])).toEqual([
      [1, 'Carla Brandt'],
      [2, 'Carla Brandt'],
    ]);
  });

  it('ignores scare quotes and titles of works', () => {
    expect(
      rules([
        'The so-called "reforms" were shelved after the novel "Quiet Streets" topped the charts.',
        'Critics called the plan a "disaster" in waiting, though nobody said so on air.',
      ])
        .filter((a) => a.kind === 'quote')
        .map((q) => q.text),
    ).toEqual(['disaster']);
  });

  it('resolves pronouns and surnames to the full name, with the role from an appositive', () => {
    const found = rules([
      'Jane Doe, a spokeswoman for the Port Authority, said the terminal would reopen on Friday.',
      'She warned that delays could last a week. "We are doing what we can," Doe said.',
    ]);
    expect(found.map((a) => a.speaker)).toEqual([
      { name: 'Jane Doe', role: 'spokeswoman for the Port Authority' },
      { name: 'Jane Doe', role: 'spokeswoman for the Port Authority' },
      { name: 'Jane Doe', role: 'spokeswoman for the Port Authority' },
    ]);
    expect(found.map((a) => a.cue)).toEqual(['said', 'warned', 'said']);
  });

  it('finds denials, "according to" and sentence-final attributions as claims', () => {
    const found = claims(
      rules([
        'The ministry has denied hiding the report, although critics disagree.',
        'Prices rose by 3 percent in May, according to the Central Statistics Office.',
        'The talks will resume next week, the foreign minister said.',
      ]),
    );
    expect(found.map((c) => [c.text, c.speaker?.name ?? null, c.cue])).toEqual([
      ['hiding the report', 'The ministry', 'has denied'],
      ['Prices rose by 3 percent in May', 'the Central Statistics Office', 'according to'],
      ['The talks will resume next week', null, 'said'],
    ]);
  });

  it('does not report negated speech ("did not say") as a claim', () => {
    expect(claims(rules(['The firm did not say whether jobs would be cut.']))).toEqual([]);
  });

  it('reads German quotes, "so X" and "laut X"', () => {
    const found = rules(
      [
        'Bürgermeisterin Eva Schulz hat neue Radwege angekündigt.',
        '„Wir fangen im Frühjahr an“, so Schulz.',
        'Laut dem Verkehrsamt sind dafür drei Millionen Euro eingeplant.',
        'Sie sagte, die Bauzeit betrage zwei Jahre.',
      ],
      { lang: 'de' },
    );
    expect(found.map((a) => [a.kind, a.text, a.speaker?.name ?? null])).toEqual([
      ['quote', 'Wir fangen im Frühjahr an', 'Eva Schulz'],
      ['claim', 'sind dafür drei Millionen Euro eingeplant', 'dem Verkehrsamt'],
      ['claim', 'die Bauzeit betrage zwei Jahre', 'Eva Schulz'],
    ]);
  });

  it('guesses the language when none is given', () => {
    expect(guessLanguage(['Die Regierung hat am Montag erklärt, dass sie die Steuer senken wird.'])).toBe('de');
    expect(guessLanguage(['The government said on Monday that it would cut the tax.'])).toBe('en');
    const found = rules(['„Das ist ein guter Tag“, sagte die Ministerin Anna Vogt.']);
    expect(found[0]?.speaker?.name).toBe('Anna Vogt');
  });
});
