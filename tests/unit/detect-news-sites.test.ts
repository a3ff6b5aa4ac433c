/**
 * detectArticle on news sites' other pages (tests/fixtures/non-articles-2 and -3: section fronts, galleries, video pages,
 * podcasts, recipes, forum threads, listings, policy pages) and on short wire stories and CJK articles
 * (tests/fixtures/articles-2 and -3), each page at its own URL. The bar is a rate, as for a reader: at least 95 % of the
 * other pages get no badge, and every article gets one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/cleaner';
import { parse } from '../helpers/load-fixtures';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

function pages(folder: string): Array<{ name: string; html: string; url: string }> {
  const dir = path.join(fixtures, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: f,
      html: fs.readFileSync(path.join(dir, f), 'utf8'),
      url: (JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.html$/, '.json')), 'utf8')) as { url: string }).url,
    }));
}

describe('detectArticle on news sites', () => {
  it('gives no badge to at least 95 % of their other pages', () => {
    const all = [...pages('non-articles-2'), ...pages('non-articles-3')];
    const badged = all.filter((p) => detectArticle(parse(p.html), { url: p.url }).isArticle).map((p) => p.name);
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(badged.length / all.length, `badged: ${badged.join(', ')}`).toBeLessThanOrEqual(0.05);
  });

  it('detects every short wire story and CJK article', () => {
    const missed = [...pages('articles-2'), ...pages('articles-3')]
      .filter((p) => !detectArticle(parse(p.html), { url: p.url }).isArticle)
      .map((p) => p.name);
    expect(missed).toEqual([]);
  });

  it('says why: a recipe that calls itself an article is still a recipe', () => {
    const recipe = pages('non-articles-2').find((p) => p.name.startsWith('na-b03'))!;
    const verdict = detectArticle(parse(recipe.html), { url: recipe.url });
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join('; ')).toMatch(/Recipe/);
  });
});

describe('a login box', () => {
  const body = Array.from(
    { length: 4 },
    (_, i) => `<p>${'The council approved the new ferry timetable after a long debate about costs and safety. '.repeat(3)} (${i})</p>`,
  ).join('');
  const page = (login: string) =>
    `<!doctype html><html><head><title>Ferry plan approved</title></head><body>${login}<main><h1>Ferry plan approved</h1>${body}</main></body></html>`;
  const form = '<form><input type="text" name="user"><input type="password" name="pass"></form>';

  it("in the site's menu is chrome: the story is still an article", () => {
    expect(
      detectArticle(parse(page(`<nav class="navbar"><div class="dropdown-menu">${form}</div></nav>`)), {
        url: 'https://news.example/2026/03/ferry-plan-approved',
      }).isArticle,
    ).toBe(true);
  });

  it('in the page body of a short page is a login page', () => {
    const login = `<!doctype html><html><body><main><h1>Sign in</h1><p>Sign in to read on.</p>${form}</main></body></html>`;
    expect(detectArticle(parse(login), { url: 'https://news.example/login' }).isArticle).toBe(false);
  });
});
