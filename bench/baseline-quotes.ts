/**
 * The attribution finder as it was before the trust work (commit BASELINE_COMMIT), to measure it next to today's in
 * the same run: its lib/quotes is written out of git into .output-bench/ and imported from there. lib/quotes imports
 * nothing outside itself, so the folder alone runs. Null (with the reason) when git or the commit is not here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Attribution, FindAttributionsOptions } from '../lib/quotes';

/** The last commit before suggestions got calibrated confidence and the speaker checks (2026-12-07). */
export const BASELINE_COMMIT = 'beb6fdf';

export type FindAttributions = (paragraphs: string[], options?: FindAttributionsOptions) => Attribution[];

export async function loadBaselineFinder(repoRoot: string): Promise<{ find: FindAttributions } | { error: string }> {
  const dir = path.join(repoRoot, '.output-bench', `quotes-${BASELINE_COMMIT}`);
  const entry = path.join(dir, 'lib', 'quotes', 'index.ts');
  try {
    if (!fs.existsSync(entry)) {
      fs.mkdirSync(dir, { recursive: true });
      const tar = execFileSync('git', ['archive', '--format=tar', BASELINE_COMMIT, 'lib/quotes'], { cwd: repoRoot, maxBuffer: 64 << 20 });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    const mod = (await import(pathToFileURL(entry).href)) as { findAttributions: FindAttributions };
    return { find: mod.findAttributions };
  } catch (error) {
    return {
      error: `baseline finder (${BASELINE_COMMIT}) unavailable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
}
