/**
 * Before saving sync settings: is it a CouchDB server, and does it accept the account? Answers in words that
 * say what to fix (the Sync settings show them as they are).
 */
import { fail, ok, type Result } from '../result';
import type { SyncSettings } from './settings';

const isCouchWelcome = (body: unknown) => typeof body === 'object' && body !== null && ('couchdb' in body || 'express-pouchdb' in body);

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

export async function checkServer(fetcher: typeof fetch, settings: SyncSettings): Promise<Result<null>> {
  let welcome: Response;
  try {
    welcome = await fetcher(`${settings.server}/`, { headers: { Accept: 'application/json' } });
  } catch {
    return fail(`Can't reach ${settings.server}. Check the address, and that the server is running.`);
  }
  if (!isCouchWelcome(await json(welcome))) return fail(`${settings.server} is not a CouchDB server (it did not answer as one).`);
  const session = await fetcher(`${settings.server}/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ name: settings.account, password: settings.password }),
    credentials: 'omit',
  });
  if (session.status === 401) return fail(`${settings.server} refused the account name or password.`);
  if (!session.ok) return fail(`${settings.server} did not accept the sign-in (HTTP ${session.status}).`);
  return ok(null);
}
