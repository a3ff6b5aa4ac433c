import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The built Chrome extension the end-to-end tests load: `.output/chrome-mv3` (what `npm run test:e2e` builds),
 * or GLOSS_EXTENSION_DIR when a parallel run built into its own GLOSS_OUT_DIR.
 */
export function extensionDir(): string {
  return process.env.GLOSS_EXTENSION_DIR ?? path.join(repoRoot, '.output', 'chrome-mv3');
}
