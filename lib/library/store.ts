/**
 * The library's reads and bulk writes, straight on the database (the library page is same-origin with the
 * background, so it opens lib/db itself instead of sending 100k records through messages). Each bulk write is
 * ONE transaction (lib/db's `inWriteTx`, relaxed durability): a delete of 5,000 annotations, its undo, or
 * tagging them all happens entirely or not at all. Reads inside are issued together; writes are fired without
 * waiting on each (`putAll`), and the commit reports whether they all succeeded.
 */
import { fail, ok, type Result } from '../messages';
import type { Annotation, PageRecord } from '../model/annotation';
import { LIMITS } from '../model/schema';
import { bareRecord, mergePage } from '../db/pages';
import { PartsEditor } from '../db/parts-editor';
import { fromStored, type GlossDb } from '../db/schema';
import { ShardedMap } from '../db/shards';
import { BULK_WRITE, inWriteTx, nowIso, stampAfter } from '../db/transaction';
import { normalizePageUrl } from '../db/url';

export { countAnnotations, readLibrary, readNewest } from './read';

/** Deletes these annotations; answers the removed copies (as stored) for undo. Unknown ids are ignored. */
export async function deleteMany(db: GlossDb, ids: readonly string[]): Promise<Result<Annotation[]>> {
  return inWriteTx(
    db,
    async (tx) => {
      const parts = new PartsEditor(tx);
      await parts.loadIds(ids);
      const removed = ids.map((id) => parts.remove(id)).filter((a) => a !== undefined);
      parts.flush();
      return ok(removed.map(fromStored));
    },
    BULK_WRITE,
  );
}

/** Undo of `deleteMany`: puts the annotations back exactly as they were (timestamps included). */
export async function restoreMany(db: GlossDb, annotations: readonly Annotation[]): Promise<Result<Annotation[]>> {
  return inWriteTx(
    db,
    async (tx) => {
      const restored = annotations.map((a) => ({ ...a, pageUrl: normalizePageUrl(a.pageUrl) }));
      // Deleting leaves pages in place; this only recreates one that was removed meanwhile.
      const sightings = new Map<string, PageRecord>();
      for (const a of restored) if (!sightings.has(a.pageUrl)) sightings.set(a.pageUrl, bareRecord(a.pageUrl, a.created, a.updated));
      const pages = new ShardedMap(tx, 'pageShards');
      const parts = new PartsEditor(tx);
      await Promise.all([pages.load(sightings.keys()), parts.loadIds(restored.map((a) => a.id)), parts.loadPages(sightings.keys())]);
      for (const annotation of restored) parts.put(annotation);
      parts.flush();
      for (const page of sightings.values()) pages.set(mergePage(pages.get(page.url), page));
      pages.flush();
      return ok(restored);
    },
    BULK_WRITE,
  );
}

/** Checks a tag as the model does: trimmed, not empty, not too long. */
export function cleanTag(input: string): Result<string> {
  const tag = input.trim();
  if (tag === '') return fail('Enter a tag.');
  if (tag.length > LIMITS.tag) return fail(`A tag is at most ${LIMITS.tag} characters.`);
  return ok(tag);
}

/** Adds `tag` to each annotation that lacks it (stamping `updated`); answers the changed ones. */
export async function addTagToMany(db: GlossDb, ids: readonly string[], input: string, now = nowIso()): Promise<Result<Annotation[]>> {
  const tag = cleanTag(input);
  if (!tag.ok) return tag;
  return inWriteTx(
    db,
    async (tx) => {
      const parts = new PartsEditor(tx);
      await parts.loadIds(ids);
      const found = [...new Set(ids)].map((id) => parts.get(id)).filter((a) => a !== undefined);
      const changing = found.filter((a) => !a.tags.includes(tag.value));
      const full = changing.find((a) => a.tags.length >= LIMITS.tags);
      if (full) return fail(`Annotation ${full.id} already has ${LIMITS.tags} tags; nothing was tagged.`);
      const changed = changing.map((a): Annotation => ({
        ...fromStored(a),
        tags: [...a.tags, tag.value],
        updated: stampAfter(now, a.updated),
      }));
      // Spread over the stored copy: it may carry fields this version doesn't know, which must stay.
      changed.forEach((a, i) => parts.put({ ...changing[i]!, ...a }));
      parts.flush();
      return ok(changed);
    },
    BULK_WRITE,
  );
}
