import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMarkdown, type Library } from '../../lib/export';
import { escapeInline, link } from '../../lib/export/markdown-escape';
import type { Annotation, PageRecord } from '../../lib/model/annotation';

const PAGE: PageRecord = {
  url: 'https://news.example.org/2014/11/21/iran-talks',
  title: 'Iran *talks*: [deadline] looms #1',
  siteName: 'Example_News',
  published: '2014-11-21T02:13:00+03:00',
  firstSeen: '2026-11-20T08:00:00.000Z',
  lastSeen: '2026-11-22T18:45:10.000Z',
};

const base = {
  pageUrl: PAGE.url,
  selectors: [],
  speaker: null,
  verdict: null,
  sources: [],
  comment: '',
  tags: [],
  created: '2026-11-20T08:05:00.000Z',
  updated: '2026-11-20T08:05:00.000Z',
} satisfies Partial<Annotation>;

const quote: Annotation = {
  ...base,
  id: '0f8e7a52-7f6c-4c1e-8d7b-2a4b5c6d7e8f',
  kind: 'quote',
  exact: 'We are closer than ever.\n- Nothing is agreed',
  selectors: [{ type: 'TextPositionSelector', start: 10, end: 45 }],
  speaker: { name: 'Hossein Mousavian', role: 'former Iranian diplomat' },
  comment: 'Said <b>twice</b> & then _denied_.',
  tags: ['iran', 'c#'],
};

const claim: Annotation = {
  ...base,
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  kind: 'claim',
  exact: 'Iran has enriched uranium to 90%',
  selectors: [{ type: 'TextPositionSelector', start: 100, end: 130 }],
  speaker: { name: 'Unnamed officials', role: null },
  verdict: 'misleading',
  sources: [
    { url: 'https://www.iaea.example/report (2014)', title: 'IAEA [report]', publisher: 'IAEA', date: '2014-11-07', stance: 'disputes' },
    { url: 'javascript:alert(1)', title: 'click me', publisher: null, date: null, stance: 'supports' },
  ],
};

const note: Annotation = { ...base, id: '9c8b7a6d-5e4f-4321-a0b1-c2d3e4f5a6b7', kind: 'note', exact: '', comment: '1. first\n2) second' };

describe('toMarkdown', () => {
  const markdown = toMarkdown({ pages: [PAGE], annotations: [note, claim, quote] });

  it('gives each page a heading and a line with site, date and link', () => {
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '# Iran \\*talks\\*: \\[deadline\\] looms \\#1',
      '',
      'Example\\_News · 2014-11-21 · [https://news.example.org/2014/11/21/iran-talks](<https://news.example.org/2014/11/21/iran-talks>)',
      '',
    ]);
  });

  it('writes quotes as blockquotes followed by the speaker, comment and tags', () => {
    expect(markdown).toContain(
      '## Quotes\n\n' +
        '> We are closer than ever.\\\n' +
        '> \\- Nothing is agreed\n\n' +
        '— Hossein Mousavian, former Iranian diplomat\n\n' +
        'Said \\<b\\>twice\\</b\\> \\& then \\_denied\\_.\n\n' +
        'Tags: iran, c\\#\n',
    );
  });

  it('shows claims with claimant, verdict and sources as links with their stance; never links javascript:', () => {
    expect(markdown).toContain(
      '## Claims\n\n' +
        '> Iran has enriched uranium to 90%\n\n' +
        'Claimant: Unnamed officials\\\n' +
        'Verdict: **Misleading**\n\n' +
        'Sources:\n\n' +
        '- Disputes: [IAEA \\[report\\]](<https://www.iaea.example/report%20(2014)>) (IAEA, 2014-11-07)\n' +
        '- Supports: click me (javascript:alert(1))\n',
    );
    expect(markdown).not.toContain('](javascript');
    expect(markdown).not.toContain('<javascript');
  });

  it('puts quotes, then claims, then notes; list markers in comments stay text', () => {
    expect(markdown.indexOf('## Quotes')).toBeLessThan(markdown.indexOf('## Claims'));
    expect(markdown.indexOf('## Claims')).toBeLessThan(markdown.indexOf('## Notes'));
    expect(markdown.endsWith('## Notes\n\n1\\. first\\\n2\\) second\n')).toBe(true);
  });

  it('lists annotations whose page is not in the selection under their URL', () => {
    const orphan = { ...note, pageUrl: 'https://other.example/x', comment: 'lonely' };
    const md = toMarkdown({ pages: [PAGE], annotations: [orphan] } satisfies Library);
    expect(md).toBe('# https://other.example/x\n\n[https://other.example/x](<https://other.example/x>)\n\n## Notes\n\nlonely\n');
  });

  it('an empty selection is an empty document', () => {
    expect(toMarkdown({ pages: [PAGE], annotations: [] })).toBe('');
  });
});

describe('Markdown escaping', () => {
  /** CommonMark: a backslash before ASCII punctuation stands for that character. */
  const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

  it('escaped text reads back as the original and has no live syntax characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '`', '[', ']', '<', '>', '#', '|', '~', '&', '\\', 'é') }),
        (text) => {
          const escaped = escapeInline(text);
          expect(unescape(escaped)).toBe(text);
          expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[*_`[\]<>#|~&\\]/);
        },
      ),
    );
  });

  it('links keep the URL intact but cannot break out of the destination', () => {
    expect(link('a', 'https://x.example/a>b<c d')).toBe('[a](<https://x.example/a%3Eb%3Cc%20d>)');
    expect(link('data', 'data:text/html,<script>')).toBe('data (data:text/html,\\<script\\>)');
  });
});
