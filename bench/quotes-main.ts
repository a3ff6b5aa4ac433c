/** `npx tsx bench/quotes-main.ts [--json] [--errors]`: the attribution benchmark alone. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatQuotes, formatQuotesErrors, runQuotesBench } from './quotes';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const report = runQuotesBench({
  fixturesDir: path.join(repoRoot, 'tests/fixtures/attributions'),
  seedPath: path.resolve(repoRoot, '../shared/fixtures/sputnik-2014-us-iran/expected.json'),
});
if (args.has('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(formatQuotes(report));
  if (args.has('--errors')) console.log(`\n${formatQuotesErrors(report)}`);
}
