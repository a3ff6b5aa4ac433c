/**
 * Setup for the sync benchmark: a server database filled with `count` annotation documents exactly as Gloss
 * writes them (`annotationDoc`, creator and editor = the account). The first batch is written as the account
 * itself, so the server's validate_doc_update checks the documents' shape; the rest go in as the server admin
 * (CouchDB skips validation for admins), which is several times faster and not what is measured.
 */
import { generateLibrary } from '../lib/library/sample';
import type { Annotation } from '../lib/model/annotation';
import { annotationDoc } from '../lib/sync/docs';
import type { Credentials } from '../tests/sync-server-harness';

const BATCH = 2_000;

const basicAuth = ({ name, password }: Credentials) => 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64');

async function bulkDocs(url: string, database: string, who: Credentials, docs: object[]): Promise<void> {
  const reply = await fetch(`${url}/${encodeURIComponent(database)}/_bulk_docs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: basicAuth(who) },
    body: JSON.stringify({ docs }),
  });
  if (!reply.ok) throw new Error(`seeding ${database}: HTTP ${reply.status} ${await reply.text()}`);
  const answers = (await reply.json()) as { error?: string; reason?: string; id?: string }[];
  const refused = answers.filter((a) => a.error);
  if (refused.length > 0)
    throw new Error(`seeding ${database}: ${refused.length} documents refused, e.g. ${refused[0]!.id}: ${refused[0]!.reason}`);
}

/** Sample annotations (lib/library/sample) as the benchmark's library: ten per page. */
export function sampleAnnotations(count: number, seed: number): Annotation[] {
  return generateLibrary({ pages: Math.max(1, Math.ceil(count / 10)), annotations: count, seed }).annotations;
}

export interface SeedTarget {
  url: string;
  database: string;
  account: Credentials;
  admin: Credentials;
}

/** Writes `annotations` as sync documents into the target database; answers how many. */
export async function seedServer(
  target: SeedTarget,
  annotations: readonly Annotation[],
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  const authorship = { creator: target.account.name, editor: target.account.name };
  for (let at = 0; at < annotations.length; at += BATCH) {
    const docs = annotations.slice(at, at + BATCH).map((a) => annotationDoc(a, authorship));
    await bulkDocs(target.url, target.database, at === 0 ? target.account : target.admin, docs);
    onProgress(Math.min(at + BATCH, annotations.length));
  }
  return annotations.length;
}
