#!/usr/bin/env node
/**
 * Bundle-size check (part of `npm run lint`): builds the Chromium extension into its own folder and fails when a
 * bundle grows past its budget. The budgets are today's sizes plus a little room, so growth is a decision, not
 * an accident. What runs on every page (the manifest's content scripts) must stay within 60 kB (issue 13): the
 * rest of Gloss (content-scripts/article.js) is injected only into pages that need it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output-size';
/** Bytes, minified (and gzipped as served from disk to the browser's parser, for information). */
const BUDGETS = {
  // Loaded only into pages that need it. Grew with the i18n words (4 languages) and the given-name lists that make
  // shown speakers surer (2026-12-07).
  'content-scripts/article.js': 680_000,
  'background.js': 480_000,
  'library-start.js': 12_000,
};
// Grew with the locales (_locales, 4 languages) and the welcome page (2026-12-07).
const TOTAL_BUDGET = 1_900_000;
/** Every content script the manifest registers for every page, together. */
const EVERY_PAGE_BUDGET = 60_000;

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, GLOSS_OUT_DIR: OUT } });
const dir = path.join(OUT, 'chrome-mv3');
let failed = false;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const bytes = readFileSync(path.join(dir, file));
  const over = bytes.length > budget;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${file}: ${(bytes.length / 1000).toFixed(1)} kB (gzip ${(gzipSync(bytes).length / 1000).toFixed(1)} kB), budget ${budget / 1000} kB`,
  );
}
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const everyPage = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
const everyPageBytes = everyPage.reduce((sum, file) => sum + readFileSync(path.join(dir, file)).length, 0);
failed ||= everyPageBytes > EVERY_PAGE_BUDGET;
console.log(
  `${everyPageBytes > EVERY_PAGE_BUDGET ? 'OVER ' : 'ok   '} scripts on every page (${everyPage.join(', ')}): ${(everyPageBytes / 1000).toFixed(1)} kB, budget ${EVERY_PAGE_BUDGET / 1000} kB`,
);
const total = Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
if (total > TOTAL_BUDGET) failed = true;
console.log(
  `${total > TOTAL_BUDGET ? 'OVER ' : 'ok   '} whole extension: ${(total / 1000).toFixed(1)} kB, budget ${TOTAL_BUDGET / 1000} kB`,
);
rmSync(OUT, { recursive: true, force: true });
if (failed) {
  console.error('Bundle size over budget: make it smaller, or raise the budget in scripts/check-size.mjs and say why.');
  process.exit(1);
}
