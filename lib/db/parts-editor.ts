/**
 * Changing annotations inside one write transaction, when they live in page records (`PageAnnotations`): load
 * the parts a change touches, change them in memory, then `flush` writes each changed part once (or deletes it
 * when it became empty), and the id shards that changed. One save is: load by id and page, put, flush. An
 * import of 100,000 is: load, 100,000 puts in memory, flush of ~10,000 records.
 *
 * The id shards (`idShards`, see shards.ts) say which page holds each id: they are how an annotation is found by
 * id, and how an id stays unique across pages (the editor moves an annotation rather than copying it, which the
 * unique index of v3 used to enforce).
 *
 * Loading must come before changing (the methods that change are synchronous, so a bulk change makes no
 * promise per record): `put` needs the annotation's id shard and its page's parts loaded (to know whether it
 * exists elsewhere, and which part has room); `loadIds` and `loadPages` do that, and changing something not
 * loaded throws rather than guess.
 */
import { PART_SIZE, pageRange, partRecord } from './page-parts';
import type { PageAnnotations, StoredAnnotation, WriteTx } from './schema';
import { ShardedMap } from './shards';
import { deleteAll, putAll } from './transaction';

interface LoadedPart {
  url: string;
  part: number;
  annotations: StoredAnnotation[];
}

const keyText = (url: string, part: number) => `${part}\u0000${url}`;

export class PartsEditor {
  private readonly parts = new Map<string, LoadedPart>();
  /** The loaded parts of each page, in no particular order. */
  private readonly byUrl = new Map<string, LoadedPart[]>();
  /** Which loaded part holds each annotation id. */
  private readonly holder = new Map<string, LoadedPart>();
  /** Pages whose every part is loaded (`everything`: all pages are, the whole store was read). */
  private readonly wholePages = new Set<string>();
  private everything = false;
  private readonly changed = new Set<LoadedPart>();
  private readonly locations: ShardedMap<'idShards'>;

  constructor(private readonly tx: WriteTx) {
    this.locations = new ShardedMap(tx, 'idShards');
  }

  private get store() {
    return this.tx.objectStore('annotationsByPage');
  }

  private adopt(record: PageAnnotations): void {
    const key = keyText(record.url, record.part);
    if (this.parts.has(key)) return;
    const part: LoadedPart = { url: record.url, part: record.part, annotations: [...record.annotations] };
    this.track(part);
    for (const a of part.annotations) this.holder.set(a.id, part);
  }

  private track(part: LoadedPart): void {
    this.parts.set(keyText(part.url, part.part), part);
    const ofPage = this.byUrl.get(part.url);
    if (ofPage) ofPage.push(part);
    else this.byUrl.set(part.url, [part]);
  }

  /** Loads where these ids are and the pages holding them (unknown ids are simply not there). */
  async loadIds(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)];
    await this.locations.load(wanted);
    const urls = wanted.flatMap((id) => this.locations.get(id)?.url ?? []);
    await this.loadPages(urls);
  }

  /** Loads every part of these pages. */
  async loadPages(urls: Iterable<string>): Promise<void> {
    const wanted = [...new Set(urls)].filter((url) => !this.everything && !this.wholePages.has(url));
    const found = await Promise.all(wanted.map((url) => this.store.getAll(pageRange(url))));
    for (const records of found) for (const record of records) this.adopt(record);
    for (const url of wanted) this.wholePages.add(url);
  }

  /** Loads the whole store and every id (for an import, which compares with everything). */
  async loadAll(): Promise<void> {
    const [records] = await Promise.all([this.store.getAll(), this.locations.loadAll()]);
    for (const record of records) this.adopt(record);
    this.everything = true;
  }

  get(id: string): StoredAnnotation | undefined {
    return this.holder.get(id)?.annotations.find((a) => a.id === id);
  }

  /** The loaded annotations of a page (all of them once `loadPages` or `loadAll` ran). */
  onPage(url: string): StoredAnnotation[] {
    return (this.byUrl.get(url) ?? []).flatMap((part) => part.annotations);
  }

  /** Every loaded annotation. */
  all(): StoredAnnotation[] {
    return [...this.parts.values()].flatMap((part) => part.annotations);
  }

  /** Removes the annotation with this id (it must be loaded); answers it, or undefined when there is none. */
  remove(id: string): StoredAnnotation | undefined {
    const part = this.holder.get(id);
    if (!part) return undefined;
    const at = part.annotations.findIndex((a) => a.id === id);
    const [removed] = part.annotations.splice(at, 1);
    this.holder.delete(id);
    this.locations.delete(id);
    this.changed.add(part);
    return removed;
  }

  /**
   * Adds or replaces an annotation. A replacement on the same page stays in its part; a new one (or one whose
   * page changed) goes to the page's last part with room, or a new part.
   */
  put(annotation: StoredAnnotation): void {
    const located = this.locations.get(annotation.id);
    const current = this.holder.get(annotation.id);
    if (located && !current) throw new Error(`PartsEditor: annotation ${annotation.id} is on ${located.url}, whose parts are not loaded`);
    if (current && current.url === annotation.pageUrl) {
      const at = current.annotations.findIndex((a) => a.id === annotation.id);
      current.annotations[at] = annotation;
      this.changed.add(current);
      return;
    }
    if (current) this.remove(annotation.id);
    const part = this.partWithRoom(annotation.pageUrl);
    part.annotations.push(annotation);
    this.holder.set(annotation.id, part);
    this.locations.set({ id: annotation.id, url: annotation.pageUrl });
    this.changed.add(part);
  }

  private partWithRoom(url: string): LoadedPart {
    if (!this.everything && !this.wholePages.has(url)) throw new Error(`PartsEditor: the parts of ${url} are not loaded`);
    let last: LoadedPart | undefined;
    for (const part of this.byUrl.get(url) ?? []) if (!last || part.part > last.part) last = part;
    if (last && last.annotations.length < PART_SIZE) return last;
    const fresh: LoadedPart = { url, part: last ? last.part + 1 : 0, annotations: [] };
    this.track(fresh);
    return fresh;
  }

  /** Writes every changed part (deleting the emptied ones) without waiting: the transaction's commit reports. */
  flush(): void {
    const puts: PageAnnotations[] = [];
    const deletes: [string, number][] = [];
    for (const part of this.changed) {
      if (part.annotations.length === 0) deletes.push([part.url, part.part]);
      else puts.push(partRecord(part.url, part.part, part.annotations));
    }
    this.changed.clear();
    deleteAll(this.tx, 'annotationsByPage', deletes);
    putAll(this.tx, 'annotationsByPage', puts);
    this.locations.flush();
  }
}
