/** Command-line options of `npm run sync-server`. */
import { CliError } from '../errors';

export interface ServerArgs {
  port: number;
  dataDir: string;
  help: boolean;
}

export const DEFAULT_PORT = 5984;
export const DEFAULT_DATA_DIR = '.gloss-sync';

export const SERVER_USAGE = `Usage: npm run sync-server -- [--port N] [--data DIR]

Runs a CouchDB-compatible sync server for Gloss on http://127.0.0.1 (PouchDB Server, LevelDB files).

Options:
  --port N      port to listen on (default ${DEFAULT_PORT}; 0 picks a free one, printed when ready)
  --data DIR    where databases, config.json (hashed admin password) and log.txt live (default ${DEFAULT_DATA_DIR}/)
  -h, --help    show this help

The admin account comes from GLOSS_SYNC_ADMIN=user:password, or is generated on the first start and printed
once. Anonymous clients can only read the welcome and log in; prepare desks with npm run sync-setup.`;

function parsePort(value: string | undefined): number {
  const port = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || port > 65535) {
    throw new CliError(`--port needs a number from 0 to 65535, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  }
  return port;
}

function valueOf(argv: readonly string[], index: number, option: string): string {
  const value = argv[index];
  if (value === undefined || value === '') throw new CliError(`${option} needs a value`);
  return value;
}

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  const args: ServerArgs = { port: DEFAULT_PORT, dataDir: DEFAULT_DATA_DIR, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [option, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (option === '-h' || option === '--help') args.help = true;
    else if (option === '--port' || option === '-p') args.port = parsePort(inline ?? argv[++i]);
    else if (option === '--data' || option === '-d') args.dataDir = inline ?? valueOf(argv, ++i, '--data');
    else throw new CliError(`unknown option ${arg} (see --help)`);
  }
  return args;
}
