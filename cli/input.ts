/** Reads the CLI input (file, URL or stdin) into text, and tells HTML from plain text / Markdown. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, describeError } from './errors';

export type InputKind = 'html' | 'text';

export interface LoadedInput {
  content: string;
  kind: InputKind;
  /** Final URL after redirects, for URL inputs. */
  url?: string;
  /** How to name the input in messages. */
  label: string;
}

export const FETCH_TIMEOUT_MS = 20_000;
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 gloss-clean/0.1';

export function looksLikeHtml(content: string): boolean {
  const head = content
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return (
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head) ||
    /<html[\s>]/i.test(head) ||
    /^<(?:head|body|meta|title)[\s>]/i.test(head)
  );
}

function kindFromName(name: string, content: string): InputKind {
  return ['.html', '.htm', '.xhtml'].includes(extname(name).toLowerCase()) || looksLikeHtml(content) ? 'html' : 'text';
}

/** Decodes bytes with the BOM, the declared charset, or a <meta charset> in the first bytes; UTF-8 otherwise. */
export function decode(bytes: Uint8Array, declared?: string | null): string {
  let charset = declared ?? null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) charset = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = 'utf-16be';
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
  }
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function rejectBinary(bytes: Uint8Array, label: string): void {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) throw new CliError(`${label} looks like a binary file, not HTML or text`);
}

async function readStdin(stdin: NodeJS.ReadStream): Promise<Uint8Array> {
  if (stdin.isTTY)
    throw new CliError('"-" reads standard input, but it is a terminal: pipe something in (cat page.html | npm run clean -- -)');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function fetchUrl(url: string): Promise<LoadedInput> {
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8' },
    });
    if (!response.ok)
      throw new CliError(`could not fetch ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof CliError) throw error;
    let reason = describeError(error);
    if (reason === 'timed out') reason = `timed out after ${FETCH_TIMEOUT_MS / 1000} s`;
    // fetch refuses ports such as 9, 25 or 6000 outright (the Fetch standard's "bad ports").
    if (reason === 'bad port') reason = `connection refused: fetch does not connect to port ${new URL(url).port}`;
    throw new CliError(`could not fetch ${url}: ${reason}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? null;
  if (mime && !/^text\/|html|xml|markdown|json/.test(mime)) throw new CliError(`${url} is ${mime}, not a web page or text`);
  rejectBinary(bytes, url);
  const content = decode(bytes, charset);
  const kind: InputKind = /html/.test(mime) || looksLikeHtml(content) ? 'html' : 'text';
  return { content, kind, url: response.url || url, label: url };
}

export async function loadInput(source: string, stdin: NodeJS.ReadStream = process.stdin): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(source)) return fetchUrl(source);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !/^file:/i.test(source)) {
    throw new CliError(`unsupported URL scheme in ${source} (use http or https)`);
  }
  if (source === '-') {
    const bytes = await readStdin(stdin);
    rejectBinary(bytes, 'standard input');
    const content = decode(bytes);
    return { content, kind: looksLikeHtml(content) ? 'html' : 'text', label: 'standard input' };
  }
  const path = /^file:/i.test(source) ? fileURLToPath(source) : source;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeError(error)}`);
  }
  rejectBinary(bytes, path);
  const content = decode(bytes);
  return { content, kind: kindFromName(path, content), label: path };
}
