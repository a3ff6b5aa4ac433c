/** The sync server answers browser extensions cross-origin (CORS), and web pages not. Real server, child process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../sync-server-harness';

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
}, 90_000);
afterAll(() => server?.stop());

describe('sync server CORS', () => {
  it('lets an extension preflight and read with credentials', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(`${server.url}/_session`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const welcome = await fetch(`${server.url}/`, { headers: { Origin: 'moz-extension://0f3a6c1e-1b2c-4d5e-8f90-123456789abc' } });
    expect(welcome.headers.get('access-control-allow-origin')).toBe('moz-extension://0f3a6c1e-1b2c-4d5e-8f90-123456789abc');
    expect(welcome.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives a web page no CORS headers, so it can read nothing cross-origin', async () => {
    const fromPage = await fetch(`${server.url}/`, { headers: { Origin: 'http://news.example' } });
    expect(fromPage.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/gloss-jane`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
