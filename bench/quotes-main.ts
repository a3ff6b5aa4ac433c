/**
 * `npx tsx bench/quotes-main.ts [--json] [--errors] [--errors-set gold,seed,heldout,blind,blind2,blind3,blind4] [--no-blind5]`:
 * the attribution benchmark alone. `--errors` lists misses on gold, seed and held-out; `--errors-set` picks the sets
 * (blind sets 1–4 are development sets now). Blind set 5's misses are never listed; `--no-blind5` leaves it
 * unscored while rules are still being changed, so nobody sees its numbers early.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBaselineFinder } from './baseline-quotes';
import { ERROR_SETS, formatQuotes, formatQuotesErrors, runQuotesBench, type ErrorSet } from './quotes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const setsArg = argv[argv.indexOf('--errors-set') + 1];
const errorSets = args.has('--errors-set') ? (setsArg ?? '').split(',').filter((s) => s) : undefined;
const unknown = errorSets?.filter((s) => !(ERROR_SETS as readonly string[]).includes(s)) ?? [];
if (errorSets && (errorSets.length === 0 || unknown.length)) {
  console.error(`--errors-set takes a comma-separated list of ${ERROR_SETS.join(', ')} (got ${JSON.stringify(setsArg ?? '')})`);
  process.exit(2);
}
const baseline = await loadBaselineFinder(repoRoot);
if ('error' in baseline) console.error(baseline.error);
const report = runQuotesBench({
  baseline: 'find' in baseline ? baseline.find : null,
  fixturesDir: path.join(repoRoot, 'tests/fixtures/attributions'),
  seedPath: path.resolve(repoRoot, '../shared/fixtures/sputnik-2014-us-iran/expected.json'),
  ...(errorSets ? { errorSets: errorSets as ErrorSet[] } : {}),
  skipBlind5: args.has('--no-blind5'),
});
if (args.has('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(formatQuotes(report));
  if (args.has('--errors') || errorSets) console.log(`\n${formatQuotesErrors(report)}`);
}
