/** Loads scrapinghub's article-extraction-benchmark (181 pages + ground truth) from ../shared. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  url: string;
  /** Ground-truth article body. */
  truth: string;
  /** Decompressed page HTML (UTF-8, as the dataset README states). */
  html: string;
}

export function defaultDatasetDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/datasets/article-extraction-benchmark');
}

export function datasetExists(dir: string): boolean {
  return existsSync(path.join(dir, 'ground-truth.json')) && existsSync(path.join(dir, 'html'));
}

interface TruthEntry {
  url?: string;
  articleBody?: string;
}

/** Pages sorted by id; `onlyPrefix` keeps the ids starting with it. Everything is read up front so timing never sees I/O. */
export function loadBenchPages(dir: string, onlyPrefix?: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
  return Object.keys(truth)
    .filter((id) => !onlyPrefix || id.startsWith(onlyPrefix))
    .sort()
    .map((id) => {
      const entry = truth[id]!;
      const file = path.join(dir, 'html', `${id}.html.gz`);
      if (!existsSync(file)) throw new Error(`benchmark page missing: ${file}`);
      return {
        id,
        url: entry.url ?? '',
        truth: entry.articleBody ?? '',
        html: gunzipSync(readFileSync(file)).toString('utf8'),
      };
    });
}
