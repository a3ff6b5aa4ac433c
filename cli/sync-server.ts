/**
 * npm run sync-server -- [--port N] [--data DIR]: a CouchDB-compatible server for Gloss's sync on 127.0.0.1.
 *
 * Prints `Gloss sync server listening on http://127.0.0.1:PORT` once it accepts connections (tests wait for
 * that line), and stops cleanly (databases closed) on SIGTERM or SIGINT. Requests are not logged to the terminal;
 * warnings and errors go to DIR/log.txt.
 */
import { CliError, describeError, EXIT_FAILURE } from './errors';
import { parseServerArgs, SERVER_USAGE } from './sync-server/options';
import { startSyncServer } from './sync-server/server';

function fail(error: unknown): never {
  const reason = error instanceof CliError ? error.message : describeError(error);
  const hint = (error as { code?: string } | null)?.code === 'EADDRINUSE' ? ' (the port is taken: choose another with --port)' : '';
  process.stderr.write(`gloss sync-server: ${reason}${hint}\n`);
  process.exit(EXIT_FAILURE);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
  const args = parseServerArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(SERVER_USAGE + '\n');
  } else {
    const server = await startSyncServer({
      port: args.port,
      dataDir: args.dataDir,
      adminSpec: process.env.GLOSS_SYNC_ADMIN,
      print: (line) => process.stdout.write(line + '\n'),
    });
    const stop = (signal: string) => {
      process.stdout.write(`Gloss sync server stopping (${signal})\n`);
      void server.close().then(() => process.exit(0), fail);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    process.stdout.write(`Gloss sync server listening on ${server.url}\n`);
  }
} catch (error) {
  fail(error);
}
