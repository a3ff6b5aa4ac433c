import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractMetadata } from './lib/cleaner/metadata';
import { readJsonLd } from './lib/cleaner/metadata/json-ld';
import { readMetaTags } from './lib/cleaner/metadata/meta-tags';
import { readMicrodata } from './lib/cleaner/metadata/microdata';
import { readPageByline } from './lib/cleaner/metadata/byline';
import { timeElementDate, pageHeading } from './lib/cleaner/metadata/page-signals';
const dir = '../shared/datasets/article-extraction-benchmark';
const files = readdirSync(`${dir}/html`).sort();
const res: [number, string, Record<string, number>][] = [];
for (const f of files) {
  const html = gunzipSync(readFileSync(`${dir}/html/${f}`)).toString('utf8');
  const doc = parseHTML(html).document as unknown as Document;
  extractMetadata(doc); // warm
  const parts: Record<string, number> = {};
  const time = (name: string, fn: () => unknown) => { let best = Infinity; for (let i = 0; i < 5; i++) { const t = performance.now(); fn(); best = Math.min(best, performance.now() - t); } parts[name] = +best.toFixed(1); };
  time('all', () => extractMetadata(doc));
  time('ld', () => readJsonLd(doc)); time('meta', () => readMetaTags(doc)); time('micro', () => readMicrodata(doc));
  time('byline', () => readPageByline(doc)); time('time', () => timeElementDate(doc)); time('h1', () => pageHeading(doc));
  res.push([parts.all, f.slice(0, 8), parts]);
}
res.sort((a, b) => b[0] - a[0]);
for (const r of res.slice(0, 8)) console.log(r[1], JSON.stringify(r[2]));
console.log('median', res[Math.floor(res.length / 2)][0]);
