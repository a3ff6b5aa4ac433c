/**
 * The structural signals of detectArticle, each shown on a pair of small pages that differ only in that signal:
 * the same words as a story and as captions, cards, a caption under a player; what a page declares about itself
 * against what it merely lists; the shapes of news-site addresses.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/cleaner';
import { schemaSignal } from '../../lib/cleaner/detect-signals';
import { urlShape } from '../../lib/cleaner/detect-url';
import { parse } from '../helpers/load-fixtures';

const SENTENCES = [
  'Crews worked through the night to clear the flooded underpass on Mill Road after the river rose two metres.',
  'Residents on the east bank were told to move cars to higher ground before the second high tide on Sunday.',
  'The council said the pumping station had failed at midnight and a spare pump was brought from the depot.',
  'Shop owners on the high street spent the morning sweeping silt from their doorways and counting the damage.',
  'Forecasters expect the rain to ease by Tuesday, though the river will stay high for several more days yet.',
  'A rest centre opened in the school hall for families whose ground floors were under water by the evening.',
];

function page(opts: { head?: string; main: string }): string {
  return `<!doctype html><html><head><title>Flood on Mill Road</title>${opts.head ?? ''}</head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main>${opts.main}</main>
    <footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

/** Story paragraphs of two sentences each, as a news story has them. */
const paragraphs = (list: readonly string[]): string =>
  list.map((s, i) => (i % 2 === 0 ? `<p>${s} ${list[i + 1] ?? ''}</p>` : '')).join('');

const headline =
  '<h1>Flood closes Mill Road underpass</h1><p class="byline">By Ana Ruiz · <time datetime="2024-03-02">2 March 2024</time></p>';
const STORY_URL = 'https://valleynews.example/news/flood-closes-mill-road-underpass';

describe('what the page shows', () => {
  it('the same sentences are a story as paragraphs and a gallery as captions', () => {
    const story = page({ main: `<article>${headline}${paragraphs(SENTENCES)}</article>` });
    const gallery = page({
      main: `<article>${headline}${SENTENCES.map((s, i) => `<figure><img src="/p${i}.jpg" alt=""><figcaption>${s}</figcaption></figure>`).join('')}</article>`,
    });
    expect(detectArticle(parse(story), { url: STORY_URL }).isArticle).toBe(true);
    const verdict = detectArticle(parse(gallery), { url: STORY_URL });
    expect(verdict.isArticle, verdict.reasons.join('; ')).toBe(false);
  });

  it('headings that each carry one paragraph are cards, not a story with subheadings', () => {
    const signs = ['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo'];
    const cards = page({ main: `<h1>Your week ahead</h1>${SENTENCES.map((s, i) => `<h3>${signs[i]}</h3><p>${s} ${s}</p>`).join('')}` });
    const sections = page({
      main: `<h1>Your week ahead</h1><h2>The east bank</h2>${SENTENCES.slice(0, 3)
        .map((s) => `<p>${s} ${s}</p>`)
        .join('')}<h2>The high street</h2>${SENTENCES.slice(3)
        .map((s) => `<p>${s} ${s}</p>`)
        .join('')}`,
    });
    const url = 'https://valleynews.example/lifestyle/your-week-ahead-in-the-stars';
    const cardsVerdict = detectArticle(parse(cards), { url });
    expect(cardsVerdict.isArticle).toBe(false);
    expect(cardsVerdict.reasons.join('; ')).toMatch(/one paragraph each/);
    expect(detectArticle(parse(sections), { url }).isArticle).toBe(true);
  });

  it('a short text under a video player is a caption; the same text alone is a brief', () => {
    const text = `<p>${SENTENCES[0]} ${SENTENCES[1]}</p><p>${SENTENCES[2]}</p>`;
    const brief = page({ main: `<article>${headline}${text}</article>` });
    const video = page({
      main: `<article>${headline}<div class="video-player"><video src="/v.mp4" controls></video></div>${text}</article>`,
    });
    expect(detectArticle(parse(brief), { url: STORY_URL }).isArticle).toBe(true);
    const verdict = detectArticle(parse(video), { url: STORY_URL });
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join('; ')).toMatch(/player/);
  });

  it('a wire brief with its date only written out is still dated', () => {
    const brief = page({
      main: `<h1>Flood closes Mill Road underpass</h1><div class="meta">Allied Press · 2 March 2024</div><p>${SENTENCES[0]} ${SENTENCES[1]}</p><p>${SENTENCES[2]}</p>`,
    });
    const verdict = detectArticle(parse(brief), { url: STORY_URL });
    expect(verdict.isArticle, verdict.reasons.join('; ')).toBe(true);
    expect(verdict.reasons.join('; ')).not.toMatch(/no date/);
  });
});

describe('what the page declares', () => {
  const ld = (json: object): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

  it('counts its own types, not those of the articles it lists or the video it embeds', () => {
    const series = parse(page({ head: ld({ '@type': 'CollectionPage', hasPart: [{ '@type': 'NewsArticle' }] }), main: '<p>x</p>' }));
    expect(schemaSignal(series)).toMatchObject({ articleType: null, listingType: 'CollectionPage' });
    const graph = parse(
      page({ head: ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], author: { '@type': 'Person' } }] }), main: '' }),
    );
    expect(schemaSignal(graph)).toMatchObject({ articleType: 'NewsArticle', listingType: null });
  });

  it('a story that declares its video beside itself is still a story', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2024-03-02' }) + ld({ '@type': 'VideoObject', name: 'Flood footage' });
    const story = page({ head, main: `<article>${headline}${paragraphs(SENTENCES)}</article>` });
    expect(detectArticle(parse(story), { url: STORY_URL }).isArticle).toBe(true);
  });

  it('a recipe whose CMS also calls it a NewsArticle is a recipe', () => {
    const head = `<meta property="og:type" content="article">${ld({ '@type': ['NewsArticle'] })}${ld({ '@type': 'Recipe', name: 'Soup' })}`;
    const method = '<h2>Ingredients</h2><ul><li>2 onions</li><li>1 kg split peas</li><li>2 litres stock</li><li>1 bay leaf</li></ul>';
    const steps = '<h2>Method</h2><ol><li>Soften the onions.</li><li>Add the peas and stock.</li><li>Simmer for an hour.</li></ol>';
    const recipe = page({ head, main: `<article>${headline}${paragraphs(SENTENCES.slice(0, 4))}${method}${steps}</article>` });
    const verdict = detectArticle(parse(recipe), { url: 'https://valleynews.example/recipes/mill-road-flood-soup' });
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join('; ')).toMatch(/Recipe/);
  });
});

describe('urlShape', () => {
  it.each([
    ['https://diario.example/pais/2024/09/17/incendio-agueda', 'dated'],
    ['https://news.example/gd/2024-01/09/content_20233.html', 'dated'],
    ['https://news.example/world/flood-closes-mill-road-underpass', 'article'],
    ['https://news.example/opinion/', 'section'],
    ['https://news.example/sport/football/results', 'section'],
    ['https://news.example/help/privacy-policy/', 'listing'],
    ['https://news.example/terms-of-use', 'listing'],
    ['https://news.example/pictures/highland-games-2024-in-pictures/', 'listing'],
    ['https://news.example/', 'home'],
  ])('%s is %s', (url, shape) => {
    expect(urlShape(url)).toBe(shape);
  });

  it('a dated local story under /community/ is a story, not a forum', () => {
    expect(urlShape('https://herald.example/news/community/2024/05/08/libraries-sunday-hours')).toBe('dated');
  });

  it('a dated story about a privacy law keeps its shape', () => {
    expect(urlShape('https://herald.example/2024/05/08/privacy')).toBe('dated');
  });
});
