/**
 * The sync server's admin account and cookie secret, kept in the data directory's config.json (express-pouchdb
 * hashes admin passwords there with PBKDF2 as soon as it saves them, as CouchDB does in local.ini).
 */
import { randomBytes } from 'node:crypto';
import type { CouchConfig } from './pouch-app';

export interface AdminCredentials {
  name: string;
  password: string;
}

export type AdminOutcome =
  | { kind: 'from-environment'; name: string }
  | { kind: 'generated'; name: string; password: string }
  | { kind: 'kept'; names: string[] };

export const GENERATED_ADMIN_NAME = 'admin';

/** `user:password` (the password may hold colons); throws with what is wrong otherwise. */
export function parseAdminSpec(spec: string, source = 'GLOSS_SYNC_ADMIN'): AdminCredentials {
  const colon = spec.indexOf(':');
  const name = colon > 0 ? spec.slice(0, colon) : '';
  const password = colon > 0 ? spec.slice(colon + 1) : '';
  if (!name || !password) throw new Error(`${source} must be user:password, with both parts non-empty`);
  return { name, password };
}

function setConfig(config: CouchConfig, section: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => config.set(section, key, value, (error) => (error ? reject(error) : resolve())));
}

/**
 * Makes sure the server has an admin before it listens (express-pouchdb without one is an "admin party", where
 * anyone is admin): the one in `GLOSS_SYNC_ADMIN` (its password set or reset), else the ones kept from an
 * earlier start, else a new one with a random password that the caller prints once.
 */
export async function ensureAdmin(config: CouchConfig, fromEnvironment: string | undefined): Promise<AdminOutcome> {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const admin = parseAdminSpec(fromEnvironment);
    await setConfig(config, 'admins', admin.name, admin.password);
    return { kind: 'from-environment', name: admin.name };
  }
  const kept = Object.keys(config.getSection('admins'));
  if (kept.length > 0) return { kind: 'kept', names: kept };
  const password = randomBytes(18).toString('base64url');
  await setConfig(config, 'admins', GENERATED_ADMIN_NAME, password);
  return { kind: 'generated', name: GENERATED_ADMIN_NAME, password };
}

/**
 * A cookie secret kept across restarts, so a restart doesn't log everybody out. express-pouchdb would draw a new
 * one on every start; `storedSecret` is what config.json held before the app registered its default.
 */
export async function ensureCookieSecret(config: CouchConfig, storedSecret: unknown): Promise<void> {
  if (typeof storedSecret === 'string' && storedSecret.length >= 32) return;
  await setConfig(config, 'couch_httpd_auth', 'secret', randomBytes(32).toString('hex'));
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
