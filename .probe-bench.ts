import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractMetadata } from './lib/cleaner/metadata';
const dir = '../shared/datasets/article-extraction-benchmark';
const gt = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const files = readdirSync(`${dir}/html`).sort();
let total = 0; let max = 0; const rows: string[] = [];
const counts: Record<string, number> = {};
for (const f of files) {
  const id = f.replace('.html.gz', '');
  const html = gunzipSync(readFileSync(`${dir}/html/${f}`)).toString('utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const t = performance.now();
  const m = extractMetadata(doc, gt[id]?.url);
  const dt = performance.now() - t; total += dt; max = Math.max(max, dt);
  for (const [k, v] of Object.entries(m)) if (v !== null && !(Array.isArray(v) && v.length === 0)) counts[k] = (counts[k] ?? 0) + 1;
  rows.push(JSON.stringify({ id, url: gt[id]?.url, title: m.title, byline: m.byline, pub: m.published, mod: m.modified, site: m.siteName, sec: m.section, tags: m.tags.slice(0,5), lang: m.lang, img: m.leadImage?.slice(0,60), u: m.url, type: m.schemaType, ex: m.excerpt?.slice(0, 50) }));
}
console.log(rows.join('\n'));
console.log(counts, 'n', files.length, 'avg ms', (total / files.length).toFixed(2), 'max', max.toFixed(1));
