/**
 * npm run sync-setup -- --url URL --desk NAME [--member USER]... [--reader USER]... [--user USER:PASSWORD]...
 *
 * Prepares a desk database on any CouchDB 3.x, Cloudant or Gloss's sync server with plain HTTP calls, and prints
 * what it did. Errors are one line on stderr; exit 1.
 */
import { CliError, describeError, EXIT_FAILURE } from './errors';
import { createCouchClient, CouchError } from './sync-setup/couch';
import { parseSetupArgs, SETUP_USAGE } from './sync-setup/options';
import { runDeskSetup } from './sync-setup/setup';

function fail(error: unknown): never {
  const known = error instanceof CliError || error instanceof CouchError || (error instanceof Error && error.name === 'Error');
  process.stderr.write(`gloss sync-setup: ${known ? (error as Error).message : describeError(error)}\n`);
  process.exit(EXIT_FAILURE);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
  const args = parseSetupArgs(process.argv.slice(2), process.env.GLOSS_SYNC_ADMIN);
  if (args.help) {
    process.stdout.write(SETUP_USAGE + '\n');
  } else {
    const client = createCouchClient(args.url, args.admin);
    await runDeskSetup(client, args.admin, args, (line) => process.stdout.write(line + '\n'));
    process.stdout.write(`desk ${args.desk} is ready at ${args.url}/${encodeURIComponent(args.desk)}\n`);
  }
} catch (error) {
  fail(error);
}
