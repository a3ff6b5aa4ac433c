import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve.mjs';

describe('scripts/serve.mjs', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gloss-serve-'));
    writeFileSync(path.join(dir, 'page.html'), '<p>hi</p>');
    server = await startServer(dir);
  });
  afterAll(() => server.close());

  it('serves files on 127.0.0.1 with a content type', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${server.url}page.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toBe('<p>hi</p>');
  });

  it('answers 404 for missing files and refuses paths outside the root', async () => {
    expect((await fetch(`${server.url}missing.html`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(403);
  });
});
