/**
 * `applyImport` (lib/db/import.ts) with the same result, in far fewer database round trips. applyImport awaits
 * ~7 requests per annotation one after another; in Chromium each is a round trip to the browser process, so
 * 10,000 annotations took ~30 s (bench/library-scale.ts). Here existing keys, the pages' annotations and the
 * touched pages, speakers and sources are read up front, all decisions (duplicate or not) and merges are made
 * in memory in file order with the same rules, and every record is written once. Still ONE transaction: all or
 * nothing. tests/unit/library-bulk-import.test.ts checks both leave every store identical on the same input.
 */
import * as v from 'valibot';
import type { ImportData, ImportOutcome } from '../db/import';
import { bareRecord, mergePage } from '../db/pages';
import { foldKey, toStored, type GlossDb, type SourceRecord, type SpeakerRecord, type WriteTx } from '../db/schema';
import { inWriteTx, laterIso } from '../db/transaction';
import { normalizePageUrl } from '../db/url';
import { fail, ok, type Result } from '../messages';
import type { Annotation, PageRecord, Source, Speaker } from '../model/annotation';
import { annotationSchema, describeIssues, pageRecordSchema } from '../model/schema';

function validateAll<T>(schema: v.GenericSchema<unknown, T>, items: readonly unknown[], label: string): Result<T[]> {
  const parsed: T[] = [];
  for (const [index, item] of items.entries()) {
    const result = v.safeParse(schema, item);
    if (!result.success) return fail(`${label}[${index}] ${describeIssues(result.issues)}`);
    parsed.push(result.output);
  }
  return ok(parsed);
}

/** The same signature applyImport uses: an annotation exported twice under different ids. */
const signature = (a: Pick<Annotation, 'pageUrl' | 'kind' | 'exact' | 'created'>) => JSON.stringify([a.pageUrl, a.kind, a.exact, a.created]);

// The merges of lib/db/autocomplete.ts's recordSpeakerUse / recordSourceUse, as pure functions.
function mergeSpeakerUse(known: SpeakerRecord | undefined, speaker: Speaker, nameKey: string, roleKey: string, when: string): SpeakerRecord {
  return {
    name: known?.name ?? speaker.name.trim().replace(/\s+/g, ' '),
    role: known ? known.role : speaker.role,
    nameKey,
    roleKey,
    useCount: (known?.useCount ?? 0) + 1,
    lastUsed: known ? laterIso(known.lastUsed, when) : when,
  };
}

function mergeSourceUse(known: SourceRecord | undefined, source: Source, when: string): SourceRecord {
  return {
    url: source.url,
    title: source.title ?? known?.title ?? null,
    publisher: source.publisher ?? known?.publisher ?? null,
    date: source.date ?? known?.date ?? null,
    stance: source.stance,
    useCount: (known?.useCount ?? 0) + 1,
    lastUsed: known ? laterIso(known.lastUsed, when) : when,
  };
}

/** Reads the current value of each key once (in parallel), then folds changes into them in memory. */
async function prefetch<K, T>(keys: Iterable<[string, K]>, read: (key: K) => Promise<T | undefined>): Promise<Map<string, T | undefined>> {
  const entries = [...keys];
  const values = await Promise.all(entries.map(([, key]) => read(key)));
  return new Map(entries.map(([id], i) => [id, values[i]]));
}

async function decideAdded(tx: WriteTx, incoming: readonly Annotation[]): Promise<Annotation[]> {
  const store = tx.objectStore('annotations');
  const urls = [...new Set(incoming.map((a) => a.pageUrl))];
  const [keys, onPage] = await Promise.all([
    store.getAllKeys(),
    Promise.all(urls.map((url) => store.index('byPage').getAll(url))),
  ]);
  const ids = new Set(keys);
  const signatures = new Set(onPage.flat().map(signature));
  // In file order, as applyImport: skipped if its id or signature is there, including from earlier in the file.
  const added: Annotation[] = [];
  for (const annotation of incoming) {
    const sig = signature(annotation);
    if (signatures.has(sig) || ids.has(annotation.id)) continue;
    signatures.add(sig);
    ids.add(annotation.id);
    added.push(annotation);
  }
  return added;
}

async function writeAutocomplete(tx: WriteTx, added: readonly Annotation[]): Promise<void> {
  const speakerStore = tx.objectStore('speakers');
  const sourceStore = tx.objectStore('sources');
  const speakerKey = (s: Speaker) => [foldKey(s.name), foldKey(s.role ?? '')] as [string, string];
  const speakers = await prefetch(
    added.flatMap((a) => (a.speaker && foldKey(a.speaker.name) !== '' ? [[JSON.stringify(speakerKey(a.speaker)), speakerKey(a.speaker)] as [string, [string, string]]] : [])),
    (key) => speakerStore.get(key),
  );
  const sources = await prefetch(added.flatMap((a) => a.sources.map((s) => [s.url, s.url] as [string, string])), (url) => sourceStore.get(url));
  for (const a of added) {
    if (a.speaker && foldKey(a.speaker.name) !== '') {
      const [nameKey, roleKey] = speakerKey(a.speaker);
      const id = JSON.stringify([nameKey, roleKey]);
      speakers.set(id, mergeSpeakerUse(speakers.get(id), a.speaker, nameKey, roleKey, a.updated));
    }
    for (const source of a.sources) sources.set(source.url, mergeSourceUse(sources.get(source.url), source, a.updated));
  }
  await Promise.all([
    ...[...speakers.values()].map((s) => s && speakerStore.put(s)),
    ...[...sources.values()].map((s) => s && sourceStore.put(s)),
  ]);
}

async function writePages(tx: WriteTx, filePages: readonly PageRecord[], added: readonly Annotation[]): Promise<void> {
  const store = tx.objectStore('pages');
  // applyImport's order: the file's pages first, then one sighting per added annotation.
  const sightings = [
    ...filePages.map((page) => ({ ...page, url: normalizePageUrl(page.url) })),
    ...added.map((a) => bareRecord(a.pageUrl, a.created, a.updated)),
  ];
  const pages = await prefetch(sightings.map((p) => [p.url, p.url] as [string, string]), (url) => store.get(url));
  for (const sighting of sightings) pages.set(sighting.url, mergePage(pages.get(sighting.url), sighting));
  await Promise.all([...pages.values()].map((page) => page && store.put(page)));
}

export async function applyImportPipelined(db: GlossDb, data: ImportData): Promise<Result<ImportOutcome>> {
  const pages = validateAll(pageRecordSchema, data.pages, 'pages');
  if (!pages.ok) return pages;
  const annotations = validateAll(annotationSchema, data.annotations, 'annotations');
  if (!annotations.ok) return annotations;
  const incoming = annotations.value.map((a): Annotation => ({ ...a, pageUrl: normalizePageUrl(a.pageUrl) }));

  return inWriteTx(db, async (tx) => {
    const added = await decideAdded(tx, incoming);
    const store = tx.objectStore('annotations');
    await Promise.all([...added.map((a) => store.put(toStored(a))), writePages(tx, pages.value, added), writeAutocomplete(tx, added)]);
    return ok({ added: added.length, skipped: incoming.length - added.length });
  });
}
