/**
 * Speakers and sources remembered for autocomplete: each use bumps a count, suggestions come most-used first.
 * Matching is on the start of any word ("bid" finds "Joe Biden"), case- and spacing-insensitive. The stores hold
 * one item per distinct speaker or source a reader has cited (in shards, see shards.ts), so a scan is cheap.
 */
import type { Source, Speaker } from '../model/annotation';
import { foldKey, type GlossDb, type SourceRecord, type SpeakerRecord, type WriteTx } from './schema';
import { readAllItems, ShardedMap, speakerKeyText } from './shards';
import { laterIso } from './transaction';

export const DEFAULT_SUGGESTIONS = 8;

/** The (name, role) key a speaker is remembered under; null for a speaker with no name (not remembered). */
export function speakerKey(speaker: Speaker): [string, string] | null {
  const nameKey = foldKey(speaker.name);
  return nameKey === '' ? null : [nameKey, foldKey(speaker.role ?? '')];
}

/**
 * One more use of `speaker` on top of what is remembered (`known`, undefined for a first use). Pure: the
 * one-at-a-time writes here and the bulk import (import.ts) apply the same rule.
 */
export function mergeSpeakerUse(
  known: SpeakerRecord | undefined,
  speaker: Speaker,
  [nameKey, roleKey]: [string, string],
  when: string,
): SpeakerRecord {
  // The first spelling stays: autocomplete offered it, so a later sloppy one ("jo  JOHNSON") is a typo of it.
  return {
    name: known?.name ?? speaker.name.trim().replace(/\s+/g, ' '),
    role: known ? known.role : speaker.role,
    nameKey,
    roleKey,
    useCount: (known?.useCount ?? 0) + 1,
    lastUsed: known ? laterIso(known.lastUsed, when) : when,
  };
}

/** One more citation of `source`: new facts win, remembered ones fill the gaps, the stance is the latest. Pure. */
export function mergeSourceUse(known: SourceRecord | undefined, source: Source, when: string): SourceRecord {
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

export async function recordSpeakerUse(tx: WriteTx, speaker: Speaker, when: string): Promise<void> {
  const key = speakerKey(speaker);
  if (!key) return;
  const speakers = new ShardedMap(tx, 'speakerShards');
  const text = speakerKeyText(key);
  await speakers.load([text]);
  speakers.set(mergeSpeakerUse(speakers.get(text), speaker, key, when));
  speakers.flush();
}

export async function recordSourceUse(tx: WriteTx, source: Source, when: string): Promise<void> {
  const sources = new ShardedMap(tx, 'sourceShards');
  await sources.load([source.url]);
  sources.set(mergeSourceUse(sources.get(source.url), source, when));
  sources.flush();
}

function matchesWordStart(text: string | null, prefix: string): boolean {
  if (!text) return false;
  const folded = foldKey(text);
  return folded.startsWith(prefix) || folded.split(/[\s\-–—/.,:;()"']+/).some((word) => word.startsWith(prefix));
}

/** "https://www.reuters.com/x" -> "reuters.com/x": what people type when they mean a site. */
function bareUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
}

const byUse = (a: { useCount: number; lastUsed: string }, b: { useCount: number; lastUsed: string }) =>
  b.useCount - a.useCount || (a.lastUsed < b.lastUsed ? 1 : a.lastUsed > b.lastUsed ? -1 : 0);

function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.min(50, Math.floor(limit))) : DEFAULT_SUGGESTIONS;
}

export async function suggestSpeakers(db: GlossDb, prefix: string, limit = DEFAULT_SUGGESTIONS): Promise<Speaker[]> {
  const wanted = foldKey(prefix);
  const all: SpeakerRecord[] = await readAllItems(db, 'speakerShards');
  return all
    .filter((s) => wanted === '' || matchesWordStart(s.name, wanted))
    .sort(byUse)
    .slice(0, clampLimit(limit))
    .map(({ name, role }) => ({ name, role }));
}

export async function suggestSources(db: GlossDb, prefix: string, limit = DEFAULT_SUGGESTIONS): Promise<Source[]> {
  const wanted = foldKey(prefix);
  const all: SourceRecord[] = await readAllItems(db, 'sourceShards');
  return all
    .filter(
      (s) =>
        wanted === '' ||
        foldKey(s.url).startsWith(wanted) ||
        foldKey(bareUrl(s.url)).startsWith(wanted) ||
        matchesWordStart(s.title, wanted) ||
        matchesWordStart(s.publisher, wanted),
    )
    .sort(byUse)
    .slice(0, clampLimit(limit))
    .map(({ url, title, publisher, date, stance }) => ({ url, title, publisher, date, stance }));
}
