/**
 * Writing an import: all or nothing. Every record is validated first (a bad one names itself and nothing is
 * written); then everything goes in ONE transaction, so a failure halfway leaves the database exactly as it was.
 * An annotation is a duplicate (skipped) when its id is already there, or when one with the same page, kind,
 * exact text and creation time is (the same annotation exported twice under different ids), earlier in the
 * file included.
 *
 * Built for 100k records: awaiting a request per record one after another costs a round trip to the browser
 * process each (a 10k import took ~30 s that way). So what the import touches is read at once (the pages'
 * annotation parts and id shards, the shards of pages, speakers and sources), every decision and merge is made
 * in memory in file order with the rules of pages.ts and autocomplete.ts, and each record is written once (a
 * page's annotations are one record, see PageAnnotations) without waiting on each put.
 * tests/unit/db-import-bulk.test.ts checks this against the one-record-at-a-time rules.
 */
import * as v from 'valibot';
import { fail, ok, type Result } from '../messages';
import type { Annotation, PageRecord, Speaker } from '../model/annotation';
import { annotationSchema, describeIssues, pageRecordSchema } from '../model/schema';
import { mergeSourceUse, mergeSpeakerUse, speakerKey } from './autocomplete';
import { bareRecord, mergePage } from './pages';
import { PartsEditor } from './parts-editor';
import type { GlossDb } from './schema';
import { ShardedMap, speakerKeyText } from './shards';
import { BULK_WRITE, inWriteTx } from './transaction';
import { normalizePageUrl } from './url';

export interface ImportData {
  pages: readonly PageRecord[];
  annotations: readonly Annotation[];
}

export interface ImportOutcome {
  added: number;
  skipped: number;
}

function validateAll<T>(schema: v.GenericSchema<unknown, T>, items: readonly unknown[], label: string): Result<T[]> {
  const parsed: T[] = [];
  for (const [index, item] of items.entries()) {
    const result = v.safeParse(schema, item);
    if (!result.success) return fail(`${label}[${index}] ${describeIssues(result.issues)}`);
    parsed.push(result.output);
  }
  return ok(parsed);
}

/**
 * One text per (page, kind, created, exact). Joined with NUL, not JSON.stringify (a third of a second on 100k):
 * unambiguous because only the last field (exact) can hold a NUL; a normalized URL, a kind and an ISO date can't.
 */
const signature = (a: Pick<Annotation, 'pageUrl' | 'kind' | 'exact' | 'created'>) =>
  `${a.pageUrl}\u0000${a.kind}\u0000${a.created}\u0000${a.exact}`;

/**
 * Above this many annotations, the import reads every part at once (one request) rather than asking for each
 * id and page (a request each); both give the same answer.
 */
const READ_ALL_ABOVE = 2_000;

/** In file order: skipped if its id or signature is in the database or earlier in the file; the rest are added. */
async function decideAdded(parts: PartsEditor, incoming: readonly Annotation[]): Promise<Annotation[]> {
  const urls = new Set(incoming.map((a) => a.pageUrl));
  if (incoming.length > READ_ALL_ABOVE) await parts.loadAll();
  else await Promise.all([parts.loadIds(incoming.map((a) => a.id)), parts.loadPages(urls)]);
  const signatures = new Set<string>();
  for (const url of urls) for (const a of parts.onPage(url)) signatures.add(signature(a));
  const ids = new Set<string>();
  const added: Annotation[] = [];
  for (const annotation of incoming) {
    const sig = signature(annotation);
    if (signatures.has(sig) || ids.has(annotation.id) || parts.get(annotation.id)) continue;
    signatures.add(sig);
    ids.add(annotation.id);
    added.push(annotation);
  }
  return added;
}

/**
 * The file's pages first, then one sighting per added annotation, each merged into what is known. A bare
 * sighting only widens firstSeen / lastSeen, so a page's are folded into one first (100k merges become 10k).
 */
async function mergePages(pages: ShardedMap<'pageShards'>, filePages: readonly PageRecord[], added: readonly Annotation[]): Promise<void> {
  const seen = new Map<string, PageRecord>();
  for (const a of added) seen.set(a.pageUrl, mergePage(seen.get(a.pageUrl), bareRecord(a.pageUrl, a.created, a.updated)));
  const sightings = [...filePages.map((page) => ({ ...page, url: normalizePageUrl(page.url) })), ...seen.values()];
  await pages.load(sightings.map((page) => page.url));
  for (const sighting of sightings) pages.set(mergePage(pages.get(sighting.url), sighting));
}

/** Every use by an added annotation, as `recordUses` counts a new annotation's: its speaker, each source. */
async function mergeAutocomplete(
  speakers: ShardedMap<'speakerShards'>,
  sources: ShardedMap<'sourceShards'>,
  added: readonly Annotation[],
): Promise<void> {
  // Folding a name (NFC, spacing, case) for each of 100k annotations was most of this; a speaker recurs, so once each.
  const folded = new Map<string, { key: [string, string]; text: string } | null>();
  const keyOf = (speaker: Speaker) => {
    const raw = `${speaker.name}\u0000${speaker.role ?? ''}`;
    let found = folded.get(raw);
    if (found === undefined) {
      const key = speakerKey(speaker);
      found = key && { key, text: speakerKeyText(key) };
      folded.set(raw, found);
    }
    return found;
  };
  const sourceKeys = new Set<string>();
  for (const a of added) for (const source of a.sources) sourceKeys.add(source.url);
  const speakerKeys = new Set(added.flatMap((a) => (a.speaker ? (keyOf(a.speaker)?.text ?? []) : [])));
  await Promise.all([speakers.load(speakerKeys), sources.load(sourceKeys)]);
  for (const a of added) {
    const key = a.speaker && keyOf(a.speaker);
    if (a.speaker && key) speakers.set(mergeSpeakerUse(speakers.get(key.text), a.speaker, key.key, a.updated));
    for (const source of a.sources) sources.set(mergeSourceUse(sources.get(source.url), source, a.updated));
  }
}

export interface ImportOptions {
  /**
   * The annotations are parseImport's output, which checked each against the same `annotationSchema`: don't
   * check 100k of them twice (about a second). Pages are always checked (parseImport adds some of its own).
   */
  annotationsValidated?: boolean;
}

export async function applyImport(db: GlossDb, data: ImportData, options: ImportOptions = {}): Promise<Result<ImportOutcome>> {
  const pages = validateAll(pageRecordSchema, data.pages, 'pages');
  if (!pages.ok) return pages;
  const annotations = options.annotationsValidated ? ok(data.annotations) : validateAll(annotationSchema, data.annotations, 'annotations');
  if (!annotations.ok) return annotations;
  // 100k annotations sit on far fewer pages: each URL is parsed once.
  const normalized = new Map<string, string>();
  const normalize = (url: string) => normalized.get(url) ?? normalized.set(url, normalizePageUrl(url)).get(url)!;
  const incoming = annotations.value.map((a): Annotation => ({ ...a, pageUrl: normalize(a.pageUrl) }));

  return inWriteTx(
    db,
    async (tx) => {
      const parts = new PartsEditor(tx);
      const added = await decideAdded(parts, incoming);
      const stores = {
        pages: new ShardedMap(tx, 'pageShards'),
        speakers: new ShardedMap(tx, 'speakerShards'),
        sources: new ShardedMap(tx, 'sourceShards'),
      };
      await Promise.all([mergePages(stores.pages, pages.value, added), mergeAutocomplete(stores.speakers, stores.sources, added)]);
      // Nothing more is read: the puts are fired and inWriteTx waits for the commit.
      for (const annotation of added) parts.put(annotation);
      parts.flush();
      for (const store of Object.values(stores)) store.flush();
      return ok({ added: added.length, skipped: incoming.length - added.length });
    },
    BULK_WRITE,
  );
}
