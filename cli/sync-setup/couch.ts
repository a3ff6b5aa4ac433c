/**
 * The few CouchDB HTTP calls sync-setup makes, with fetch and Basic auth: nothing specific to one server, so the
 * same calls prepare Apache CouchDB 3.x, Cloudant and Gloss's own sync server.
 */
import { describeError } from '../errors';

export interface Credentials {
  name: string;
  password: string;
}

export interface CouchReply {
  status: number;
  body: Record<string, unknown>;
}

export class CouchError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CouchError';
  }
}

export interface CouchClient {
  readonly url: string;
  request(method: string, path: string, body?: unknown): Promise<CouchReply>;
}

/** The server's words for a refusal, e.g. "forbidden: Name or password is incorrect." */
export function reasonOf(reply: CouchReply): string {
  const { error, reason } = reply.body;
  return [error, reason].filter((part) => typeof part === 'string' && part !== '').join(': ') || `HTTP ${reply.status}`;
}

export function createCouchClient(url: string, admin: Credentials, timeoutMs = 30_000): CouchClient {
  const base = url.replace(/\/+$/, '');
  const authorization = 'Basic ' + Buffer.from(`${admin.name}:${admin.password}`).toString('base64');
  return {
    url: base,
    async request(method, path, body) {
      let response: Response;
      try {
        response = await fetch(base + path, {
          method,
          headers: { Authorization: authorization, Accept: 'application/json', 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new CouchError(`can't reach ${base}: ${describeError(error)}`);
      }
      const text = await response.text();
      try {
        const parsed: unknown = text === '' ? {} : JSON.parse(text);
        return { status: response.status, body: typeof parsed === 'object' && parsed ? (parsed as Record<string, unknown>) : {} };
      } catch {
        throw new CouchError(
          `${base}${path} answered HTTP ${response.status} with something that is not JSON: is this a CouchDB?`,
          response.status,
        );
      }
    },
  };
}

/** The reply, or a CouchError naming what failed when its status is not one of `expected`. */
export async function expectStatus(
  client: CouchClient,
  what: string,
  method: string,
  path: string,
  expected: number[],
  body?: unknown,
): Promise<CouchReply> {
  const reply = await client.request(method, path, body);
  if (!expected.includes(reply.status)) throw new CouchError(`${what} failed: ${reasonOf(reply)} (HTTP ${reply.status})`, reply.status);
  return reply;
}
