/**
 * The content script's copy of its page's annotations, kept in step with the background (which owns the
 * database). Every change goes through the background first; subscribers repaint after each one.
 */
import type { Send } from '@/lib/messages';
import type { Annotation } from '@/lib/model/annotation';
import type { PageContext } from './page-context';

export interface AnnotationStore {
  all(): readonly Annotation[];
  get(id: string): Annotation | undefined;
  /**
   * Fetches the page's annotations again (another tab or the popup may have changed them, or a single-page app
   * moved to another URL). An answer for a URL the page has since left is dropped.
   */
  refresh(): Promise<readonly Annotation[]>;
  /** The page URL the annotations were last fetched for (null: not yet). */
  loadedFor(): string | null;
  /** Saves (create or update) and records the page visit; answers the stored copy. */
  save(annotation: Annotation): Promise<Annotation>;
  /** Writes this page's record (title, site, date) once per URL; save() does it too. */
  recordPage(): Promise<void>;
  remove(id: string): Promise<void>;
  subscribe(listener: () => void): () => void;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function createAnnotationStore(send: Send, page: PageContext): AnnotationStore {
  let annotations: Annotation[] = [];
  let loadedUrl: string | null = null;
  // The page record is written with the first annotation saved on each URL the page has had.
  let recordedUrl: string | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  const recordPage = async () => {
    const input = page.pageInput();
    if (recordedUrl === input.url) return;
    let result = await send('page/upsert', { page: input });
    // A page date the schema refuses must not cost the page record.
    if (!result.ok && input.published !== null) result = await send('page/upsert', { page: { ...input, published: null } });
    if (result.ok) recordedUrl = input.url;
    else console.warn('Gloss: could not record the page:', result.error);
  };

  return {
    recordPage,
    all: () => annotations,
    get: (id) => annotations.find((a) => a.id === id),
    loadedFor: () => loadedUrl,
    async refresh() {
      const url = page.url();
      const found = value(await send('annotations/forPage', { url }));
      if (page.url() !== url) return annotations;
      annotations = found;
      loadedUrl = url;
      emit();
      return annotations;
    },
    async save(annotation) {
      const [stored] = await Promise.all([send('annotation/save', { annotation }).then(value), recordPage()]);
      const at = annotations.findIndex((a) => a.id === stored.id);
      annotations = at === -1 ? [...annotations, stored] : annotations.map((a, i) => (i === at ? stored : a));
      emit();
      return stored;
    },
    async remove(id) {
      value(await send('annotation/delete', { id }));
      annotations = annotations.filter((a) => a.id !== id);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
