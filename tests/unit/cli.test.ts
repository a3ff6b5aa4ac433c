/**
 * gloss-clean end to end: the CLI is spawned as users run it (node + tsx) on files, stdin and URLs served by a
 * local HTTP server. Every failure must be one "gloss-clean: " line on stderr with the documented exit code.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedText = path.resolve(repoRoot, '../shared/seeds/001_442516728be120b1.txt');
const seedArticle = path.resolve(repoRoot, '../shared/seeds/000_993dcf3dbbbeea91.txt');
const haveSeeds = existsSync(seedText) && existsSync(seedArticle);
if (!haveSeeds) console.warn(`cli: skipping seed tests, ${path.dirname(seedText)} is missing (the shared datasets are not checked out).`);

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], stdin?: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/gloss-clean.ts', ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** One clear line, no stack trace. */
function expectOneLineError(result: Result, pattern: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^gloss-clean: /);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).toMatch(pattern);
}

const ARTICLE_TEXT = `Menu
Search

# Harbour ferry returns after winter repairs

The island ferry is back in service after four months in dry dock, the harbour authority said on Monday, with a new engine and a larger passenger deck.

Commuters had relied on a smaller replacement boat since November, which meant longer queues and several cancelled crossings during the January storms.

"We are glad to have her back before the summer season," a spokesperson said, adding that timetables would return to normal from next week.

Tags: ferry, harbour
© 2024 Island Courier. All rights reserved.
`;

const NOT_ARTICLE_HTML = `<!doctype html><html><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/shop">Shop</a></nav>
<form><label>E-mail <input name="email"></label><label>Password <input type="password"></label><button>Sign in</button></form>
<footer><a href="/privacy">Privacy</a></footer></body></html>`;

const STORY_PARAGRAPHS = [
  'The island ferry is back in service after four months in dry dock, the harbour authority said on Monday, with a new engine, a larger passenger deck and a ramp that finally fits the new lorries.',
  'Commuters had relied on a smaller replacement boat since November, which meant longer queues, missed connections in town and several cancelled crossings during the January storms.',
  '"We are glad to have her back before the summer season," a spokesperson for the authority said, adding that timetables would return to normal from next week and that season tickets would be extended by a month.',
  'The repairs cost about 2.4 million, more than twice the first estimate, after engineers found corrosion in the hull that had not shown up in the last inspection three years ago.',
  'Island councillors have asked for a second vessel to be kept in reserve, arguing that a single ferry leaves around 4,000 residents without a reliable link whenever it breaks down.',
  'The authority said it would present a plan for a reserve boat to the council in the autumn, together with the results of a survey of passengers that closes at the end of the month.',
];

const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry returns after winter repairs | Island Courier</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour ferry returns after winter repairs</h1>
<p class="byline">By Mara Quinn</p><time datetime="2024-03-04T09:00:00Z">4 March 2024</time>
${STORY_PARAGRAPHS.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n')}
</article></main><footer>© 2024 Island Courier</footer></body></html>`;

let dir = '';
let server: ReturnType<typeof createServer>;
let base = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gloss-cli-'));
  writeFileSync(path.join(dir, 'login.html'), NOT_ARTICLE_HTML);
  writeFileSync(path.join(dir, 'story.html'), ARTICLE_HTML);
  writeFileSync(path.join(dir, 'story.txt'), ARTICLE_TEXT);
  writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]));
  server = createServer((req, res) => {
    if (req.url === '/story.txt') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ARTICLE_TEXT);
    else if (req.url === '/moved') res.writeHead(302, { location: '/story.txt' }).end();
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('gloss-clean arguments', () => {
  it('prints usage and exits 1 without arguments', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Usage: npm run clean -- /);
  });

  it('prints help on --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format <fmt>/);
  });

  it('rejects an unknown option and an unknown format', async () => {
    const option = await runCli(['--frobnicate', 'x.txt']);
    expect(option.code).toBe(1);
    expectOneLineError(option, /unknown option --frobnicate/);
    const format = await runCli(['x.txt', '--format', 'xml']);
    expect(format.code).toBe(1);
    expectOneLineError(format, /unknown format "xml"/);
  });
});

describe('gloss-clean errors', () => {
  it('reports a missing file in one line, exit 1', async () => {
    const r = await runCli([path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expectOneLineError(r, /cannot read .*missing\.txt: no such file or directory/);
  });

  it('reports a directory and a binary file as unreadable input', async () => {
    const directory = await runCli([dir]);
    expect(directory.code).toBe(1);
    expectOneLineError(directory, /is a directory/);
    const binary = await runCli([path.join(dir, 'image.png')]);
    expect(binary.code).toBe(1);
    expectOneLineError(binary, /binary file/);
  });

  it('exits 2 on an HTML page that is not an article', async () => {
    const r = await runCli([path.join(dir, 'login.html')]);
    expect(r.code).toBe(2);
    expectOneLineError(r, /does not look like an article/);
  });

  it('reports an unreachable URL, exit 1', async () => {
    const refused = await runCli(['http://127.0.0.1:9/']);
    expect(refused.code).toBe(1);
    expectOneLineError(refused, /could not fetch http:\/\/127\.0\.0\.1:9\/: connection refused/);
  });

  it('reports an HTTP error status, exit 1', async () => {
    const r = await runCli([`${base}/nothing-here`]);
    expect(r.code).toBe(1);
    expectOneLineError(r, /HTTP 404/);
  });
});

describe('gloss-clean output', () => {
  it.skipIf(!haveSeeds)('cleans the seed text dump to Markdown', async () => {
    const first = readFileSync(seedArticle, 'utf8').split('\n')[0] ?? '';
    const r = await runCli([seedText]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toMatch(/^\*.*Middle East · 2014-11-21 · \d+ words\*$/m);
    expect(r.stdout).toContain(`\n\n${first}\n\n`);
    expect(r.stdout).not.toMatch(/Tweet|All rights reserved|MOST READ/);
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['-'], ARTICLE_TEXT);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Harbour ferry returns after winter repairs\n\n\*Island Courier · \d+ words\*\n\n/);
    expect(r.stdout).toContain('The island ferry is back in service');
    expect(r.stdout).not.toMatch(/Menu|Tags:|©/);
  });

  it('prints the Article as JSON with --format json', async () => {
    const r = await runCli([path.join(dir, 'story.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as { title: string; paragraphs: string[]; tags: string[]; text: string };
    expect(article.title).toBe('Harbour ferry returns after winter repairs');
    expect(article.paragraphs).toHaveLength(3);
    expect(article.tags).toEqual(['ferry', 'harbour']);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
  });

  it('prints title and text with --format=text', async () => {
    const r = await runCli(['--format=text', path.join(dir, 'story.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Harbour ferry returns after winter repairs',
      '',
      expect.stringMatching(/^The island ferry/),
    ]);
  });

  it('fetches a URL, following redirects', async () => {
    const r = await runCli([`${base}/moved`, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as { url: string; paragraphs: string[] };
    expect(article.url).toBe(`${base}/story.txt`);
    expect(article.paragraphs[0]).toMatch(/^The island ferry/);
  });

  it('cleans an HTML article file with the DOM cleaner', async () => {
    const r = await runCli([path.join(dir, 'story.html'), '--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The island ferry is back in service');
  });
});
