/**
 * The sync server's admin account and cookie secret, written to the data directory's config.json before
 * express-pouchdb reads it. Admin passwords are stored hashed (PBKDF2, as CouchDB does in local.ini).
 *
 * Everything is settled in the file before the app starts, never through express-pouchdb's config API at start:
 * that API saves through one fixed temporary file, and two saves at once (its own re-save on load and ours)
 * race on it and fail.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface AdminCredentials {
  name: string;
  password: string;
}

export type AdminOutcome =
  { kind: 'from-environment'; name: string } | { kind: 'generated'; name: string; password: string } | { kind: 'kept'; names: string[] };

export const GENERATED_ADMIN_NAME = 'admin';

type ConfigFile = Record<string, Record<string, unknown> | undefined>;

/** `user:password` (the password may hold colons); throws with what is wrong otherwise. */
export function parseAdminSpec(spec: string, source = 'GLOSS_SYNC_ADMIN'): AdminCredentials {
  const colon = spec.indexOf(':');
  const name = colon > 0 ? spec.slice(0, colon) : '';
  const password = colon > 0 ? spec.slice(colon + 1) : '';
  if (!name || !password) throw new Error(`${source} must be user:password, with both parts non-empty`);
  return { name, password };
}

function hashPassword(password: string): Promise<string> {
  const requireFromServer = createRequire(createRequire(import.meta.url).resolve('pouchdb-server/package.json'));
  const requireFromExpressPouch = createRequire(requireFromServer.resolve('express-pouchdb/package.json'));
  const auth = requireFromExpressPouch('pouchdb-auth') as {
    hashAdminPasswords(admins: Record<string, string>): Promise<Record<string, string>>;
  };
  return auth.hashAdminPasswords({ admin: password }).then((hashed) => hashed.admin!);
}

function readConfig(configPath: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    return JSON.parse(text) as ConfigFile;
  } catch {
    throw new Error(`${configPath} is not valid JSON: repair it, or move it away to start with a new admin`);
  }
}

async function chooseAdmin(config: ConfigFile, fromEnvironment: string | undefined): Promise<AdminOutcome> {
  const admins = (config.admins ??= {});
  if (fromEnvironment) {
    const admin = parseAdminSpec(fromEnvironment);
    admins[admin.name] = await hashPassword(admin.password);
    return { kind: 'from-environment', name: admin.name };
  }
  const kept = Object.keys(admins);
  if (kept.length > 0) return { kind: 'kept', names: kept };
  const password = randomBytes(18).toString('base64url');
  admins[GENERATED_ADMIN_NAME] = await hashPassword(password);
  return { kind: 'generated', name: GENERATED_ADMIN_NAME, password };
}

/**
 * Makes sure config.json names an admin before the server listens (express-pouchdb without one is an "admin
 * party", where anyone is admin): the one in GLOSS_SYNC_ADMIN (its password set or reset), else those kept from
 * an earlier start, else a new one with a random password that the caller prints once. Also keeps a cookie
 * secret, so a restart doesn't log everybody out (express-pouchdb would draw a new one on every start).
 */
export async function prepareConfig(configPath: string, adminFromEnvironment: string | undefined): Promise<AdminOutcome> {
  const config = readConfig(configPath);
  const auth = (config.couch_httpd_auth ??= {});
  if (typeof auth.secret !== 'string' || auth.secret.length < 32) auth.secret = randomBytes(32).toString('hex');
  const outcome = await chooseAdmin(config, adminFromEnvironment);
  const temporary = `${configPath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, configPath);
  return outcome;
}

/** The line that tells the operator the generated password (only on the start that made it). */
export function describeAdmin(outcome: AdminOutcome, configPath: string): string {
  switch (outcome.kind) {
    case 'generated':
      return (
        `Generated admin account (shown once, stored hashed in ${configPath}): ` +
        `name=${outcome.name} password=${outcome.password}\n` +
        `Set GLOSS_SYNC_ADMIN=user:password to choose your own.`
      );
    case 'from-environment':
      return `Admin account ${outcome.name} (from GLOSS_SYNC_ADMIN).`;
    case 'kept':
      return `Admin account ${outcome.names.join(', ')} (kept from an earlier start; set GLOSS_SYNC_ADMIN=user:password to reset a password).`;
  }
}
