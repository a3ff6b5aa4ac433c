/** Options and credentials of sync-server and sync-setup: what a person types, and what ends up on disk. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAdminSpec, prepareConfig } from '../../cli/sync-server/admin';
import { parseServerArgs } from '../../cli/sync-server/options';
import { parseSetupArgs, splitServerUrl } from '../../cli/sync-setup/options';

describe('sync-server options', () => {
  it('defaults to port 5984 and .gloss-sync, and reads --port and --data in both spellings', () => {
    expect(parseServerArgs([])).toEqual({ port: 5984, dataDir: '.gloss-sync', help: false });
    expect(parseServerArgs(['--port', '0', '--data=/srv/g'])).toEqual({ port: 0, dataDir: '/srv/g', help: false });
  });

  it('refuses a bad port or an unknown option with a reason', () => {
    expect(() => parseServerArgs(['--port', 'http'])).toThrow(/--port needs a number from 0 to 65535, got "http"/);
    expect(() => parseServerArgs(['--port'])).toThrow(/got nothing/);
    expect(() => parseServerArgs(['--verbose'])).toThrow(/unknown option --verbose/);
  });

  it('splits user:password at the first colon and refuses a missing part', () => {
    expect(parseAdminSpec('chief:a:b')).toEqual({ name: 'chief', password: 'a:b' });
    expect(() => parseAdminSpec('chief')).toThrow(/GLOSS_SYNC_ADMIN must be user:password/);
    expect(() => parseAdminSpec(':pw')).toThrow(/GLOSS_SYNC_ADMIN must be user:password/);
  });
});

describe('sync-setup options', () => {
  it('takes the admin from the URL (decoded) and leaves it out of the address', () => {
    expect(splitServerUrl('http://chief:p%40ss@127.0.0.1:5984/', undefined)).toEqual({
      url: 'http://127.0.0.1:5984',
      admin: { name: 'chief', password: 'p@ss' },
    });
  });

  it('falls back to GLOSS_SYNC_ADMIN and says where credentials go when there are none', () => {
    expect(splitServerUrl('https://couch.example', 'chief:pw').admin).toEqual({ name: 'chief', password: 'pw' });
    expect(() => splitServerUrl('https://couch.example', undefined)).toThrow(/no admin credentials/);
    expect(() => splitServerUrl('couch.example', 'a:b')).toThrow(/is not a URL/);
    expect(() => splitServerUrl('ftp://couch.example', 'a:b')).toThrow(/http:\/\/ or https:\/\//);
  });

  it('collects repeated --member, --reader and --user and requires --url and --desk', () => {
    const args = parseSetupArgs(
      ['--url', 'http://a:b@h:1', '--desk', 'news', '--member', 'ann', '--member=bob', '--reader', 'rita', '--user', 'ann:x'],
      undefined,
    );
    expect(args).toMatchObject({ desk: 'news', members: ['ann', 'bob'], readers: ['rita'], users: [{ name: 'ann', password: 'x' }] });
    expect(() => parseSetupArgs(['--desk', 'news'], 'a:b')).toThrow(/--url is required/);
    expect(() => parseSetupArgs(['--url', 'http://h:1'], 'a:b')).toThrow(/--desk is required/);
    expect(() => parseSetupArgs(['--url', 'http://h:1', '--desk', 'n', '--user', 'ann'], 'a:b')).toThrow(/--user must be user:password/);
  });
});

describe('the config file the server prepares', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-config-'));
    return path.join(dir, 'config.json');
  };

  it('stores a generated password only hashed, and keeps admin and secret on the next start', async () => {
    const file = fresh();
    const first = await prepareConfig(file, undefined);
    expect(first.kind).toBe('generated');
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toContain(first.kind === 'generated' ? first.password : '?');
    expect(JSON.parse(stored).admins.admin).toMatch(/^-pbkdf2-/);
    const second = await prepareConfig(file, undefined);
    expect(second).toEqual({ kind: 'kept', names: ['admin'] });
    expect(JSON.parse(readFileSync(file, 'utf8')).couch_httpd_auth.secret).toBe(JSON.parse(stored).couch_httpd_auth.secret);
  });

  it('sets the admin of GLOSS_SYNC_ADMIN, and refuses a config that is not JSON without touching it', async () => {
    const file = fresh();
    expect(await prepareConfig(file, 'chief:pw')).toEqual({ kind: 'from-environment', name: 'chief' });
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).admins)).toEqual(['chief']);
    writeFileSync(file, '{ broken');
    await expect(prepareConfig(file, undefined)).rejects.toThrow(/is not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{ broken');
  });
});
