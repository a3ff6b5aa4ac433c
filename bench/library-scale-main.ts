/** `npx tsx bench/library-scale-main.ts [--json] [--annotations N] [--pages N] [--runs N] [--no-build]`: the library scale benchmark alone. */
import { formatLibraryScale, runLibraryScaleBench } from './library-scale';

const argv = process.argv.slice(2);
const numberAfter = (flag: string): number | undefined => {
  const at = argv.indexOf(flag);
  if (at === -1) return undefined;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} expects a positive whole number`);
  return value;
};

const report = await runLibraryScaleBench({
  annotations: numberAfter('--annotations'),
  pages: numberAfter('--pages'),
  runs: numberAfter('--runs'),
  transferRuns: numberAfter('--transfer-runs'),
  build: !argv.includes('--no-build'),
  onProgress: (message) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}`);
  },
});
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
console.log(argv.includes('--json') ? JSON.stringify(report, null, 2) : formatLibraryScale(report));
