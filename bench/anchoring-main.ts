/**
 * Runs the anchoring benchmark alone: `npx tsx bench/anchoring-main.ts [--json] [--pages n] [--seed n]
 * [--spans n] [--dataset dir] [--misses]`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatAnchoring, runAnchoringBench } from './anchoring';
import { datasetExists, defaultDatasetDir } from './dataset';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    json: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    pages: { type: 'string' },
    seed: { type: 'string' },
    spans: { type: 'string' },
    dataset: { type: 'string' },
  },
  strict: true,
});

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} wants a whole number, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const datasetDir = values.dataset ? path.resolve(values.dataset) : defaultDatasetDir(repoRoot);
if (!datasetExists(datasetDir)) {
  const reason = `benchmark dataset not found at ${datasetDir}; skipping`;
  console.log(values.json ? JSON.stringify({ skipped: true, reason }) : reason);
} else {
  const report = runAnchoringBench({
    datasetDir,
    pages: wholeNumber('pages', values.pages),
    seed: wholeNumber('seed', values.seed),
    spansPerPage: wholeNumber('spans', values.spans),
  });
  const shown = { ...report, dataset: path.relative(repoRoot, datasetDir) || datasetDir };
  if (values.json) console.log(JSON.stringify(shown, null, 2));
  else {
    console.log(formatAnchoring(shown));
    if (values.misses) {
      for (const m of shown.systems.find((s) => s.key === 'gloss')?.misses ?? []) console.log(JSON.stringify(m));
    }
  }
}
