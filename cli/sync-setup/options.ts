/** Command-line options of `npm run sync-setup`. */
import { parseAdminSpec } from '../sync-server/admin';
import { CliError } from '../errors';
import type { Credentials } from './couch';
import type { DeskSetup } from './setup';

export interface SetupArgs extends DeskSetup {
  /** The server address without credentials. */
  url: string;
  admin: Credentials;
  help: boolean;
}

export const SETUP_USAGE = `Usage: npm run sync-setup -- --url URL --desk NAME [--member USER]... [--reader USER]... [--user USER:PASSWORD]...

Prepares a desk on Apache CouchDB 3.x, Cloudant or npm run sync-server: the database NAME, its _security
(members and readers may read, nobody else) and _design/gloss, whose validate_doc_update lets only members
write, and only well-formed Gloss documents signed with the writer's own account. Safe to run again: it updates
accounts, members and rules to what you give (leave someone out to take their access away).

Options:
  --url URL              the server, e.g. http://admin:secret@127.0.0.1:5984 (or give the admin in GLOSS_SYNC_ADMIN)
  --desk NAME            the desk's database name (lowercase letter first; a-z 0-9 _ $ ( ) + - /)
  --member USER          may read and write (repeat for more)
  --reader USER          may only read (repeat for more)
  --user USER:PASSWORD   create the account, or reset its password (repeat for more)
  -h, --help             show this help`;

interface Collected {
  url?: string;
  desk?: string;
  members: string[];
  readers: string[];
  users: Credentials[];
  help: boolean;
}

function take(collected: Collected, option: string, value: string): void {
  if (option === '--url') collected.url = value;
  else if (option === '--desk') collected.desk = value;
  else if (option === '--member') collected.members.push(value);
  else if (option === '--reader') collected.readers.push(value);
  else if (option === '--user') collected.users.push(parseAdminSpec(value, '--user'));
  else throw new CliError(`unknown option ${option} (see --help)`);
}

/** The URL without its userinfo, and the admin from the userinfo or from GLOSS_SYNC_ADMIN. */
export function splitServerUrl(raw: string, adminFromEnvironment: string | undefined): { url: string; admin: Credentials } {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new CliError(`--url "${raw}" is not a URL (e.g. http://127.0.0.1:5984)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new CliError(`--url must be http:// or https://, got ${parsed.protocol}`);
  const fromUrl = parsed.username
    ? { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) }
    : undefined;
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString().replace(/\/+$/, '');
  if (fromUrl) {
    if (!fromUrl.password) throw new CliError('the --url names an admin but no password (http://user:password@host:port)');
    return { url, admin: fromUrl };
  }
  if (!adminFromEnvironment)
    throw new CliError('no admin credentials: put them in the URL (http://user:password@host:port) or in GLOSS_SYNC_ADMIN=user:password');
  return { url, admin: parseAdminSpec(adminFromEnvironment) };
}

export function parseSetupArgs(argv: readonly string[], adminFromEnvironment: string | undefined): SetupArgs {
  const collected: Collected = { members: [], readers: [], users: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') {
      collected.help = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const [option, inline] = arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    const value = inline ?? argv[++i];
    if (!option.startsWith('--')) throw new CliError(`unexpected argument ${arg} (see --help)`);
    if (value === undefined || value === '') throw new CliError(`${option} needs a value`);
    take(collected, option, value);
  }
  if (collected.help) return { url: '', admin: { name: '', password: '' }, desk: '', members: [], readers: [], users: [], help: true };
  if (!collected.url) throw new CliError('--url is required (see --help)');
  if (!collected.desk) throw new CliError('--desk is required (see --help)');
  return {
    ...splitServerUrl(collected.url, adminFromEnvironment),
    desk: collected.desk,
    members: collected.members,
    readers: collected.readers,
    users: collected.users,
    help: false,
  };
}
