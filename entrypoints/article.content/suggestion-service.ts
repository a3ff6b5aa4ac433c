/**
 * Suggested quotes and claims (lib/quotes) for this page, with the reader's decisions: accepting creates an
 * annotation with the speaker filled in, dismissing is remembered per page in storage.local.
 * Shared by the reader view (dashed highlights) and the popup (`page/suggestions`, `suggestion/decide`).
 */
import type { Article } from '@/lib/cleaner';
import { annotationFromSelectors } from '@/lib/highlight/annotation-factory';
import { dismissedKey, parseDismissed } from '@/lib/highlight/reader-settings';
import { annotatedTexts, buildSuggestions, type PlacedSuggestion } from '@/lib/highlight/suggestions';
import type { Annotation } from '@/lib/model/annotation';
import { findAttributions, type Attribution } from '@/lib/quotes';
import { randomUuid } from '@/lib/random-id';
import type { AnnotationStore } from './annotation-store';
import type { LocalArea } from './local-area';
import type { PageContext } from './page-context';

export interface SuggestionService {
  list(): Promise<PlacedSuggestion[]>;
  /** The suggestion as of the last list() (for hover cards, which can't wait). */
  peek(id: string): PlacedSuggestion | undefined;
  /** The annotation accepting `id` would save, not saved: for the editor to show first. */
  draft(id: string): Promise<Annotation>;
  /** Accept (save with the suggested speaker) or dismiss (remembered for the page). */
  decide(id: string, accept: boolean): Promise<Annotation | null>;
}

export function createSuggestionService(page: PageContext, store: AnnotationStore, storage: LocalArea): SuggestionService {
  // Found once per article: a single-page app may swap in another one (PageContext.replaceScan).
  let attributions: { article: Article; found: Attribution[] } | null = null;
  const found = (): Attribution[] => {
    const article = page.article();
    if (!article) return [];
    if (attributions?.article !== article)
      attributions = { article, found: findAttributions(article.paragraphs, article.lang ? { lang: article.lang } : {}) };
    return attributions.found;
  };
  const key = () => dismissedKey(page.url());
  const dismissed = async () => parseDismissed((await storage.get(key()))[key()]);

  let last: PlacedSuggestion[] = [];
  const list = async (): Promise<PlacedSuggestion[]> => {
    const article = page.article();
    if (!article) return [];
    last = buildSuggestions(article, found(), { dismissed: await dismissed(), annotated: annotatedTexts(store.all()) });
    return last;
  };

  const draft = async (id: string): Promise<Annotation> => {
    const suggestion = (await list()).find((s) => s.id === id);
    if (!suggestion) throw new Error(`no suggestion ${id} on this page`);
    const annotation = annotationFromSelectors(
      { id: randomUuid(), kind: suggestion.kind, pageUrl: page.url(), now: new Date().toISOString(), speaker: suggestion.speaker },
      suggestion.selectors,
    );
    if (!annotation) throw new Error('the suggestion has no text to annotate');
    return annotation;
  };

  return {
    list,
    peek: (id) => last.find((s) => s.id === id),
    draft,
    async decide(id, accept) {
      if (accept) return store.save(await draft(id));
      if (!(await list()).some((s) => s.id === id)) throw new Error(`no suggestion ${id} on this page`);
      const ids = await dismissed();
      ids.add(id);
      await storage.set({ [key()]: [...ids] });
      return null;
    },
  };
}
