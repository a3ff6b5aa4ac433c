/**
 * Gloss on one page: the live page's highlights, the reader view, the selection toolbar, cards and editors,
 * and the answers to the popup's and the background's messages. Event wiring lives in interactions.ts.
 */
import { anchorText, type TextRange } from '@/lib/anchoring';
import { rangeToOffsets } from '@/lib/anchoring/dom';
import { annotationForSpan } from '@/lib/highlight/annotation-factory';
import { withPageWording, wordingUpdates } from '@/lib/highlight/page-changes';
import { wordingDiffers } from '@/lib/highlight/word-diff';
import { anchorReport, placeAnnotations, type Placement } from '@/lib/highlight/placement';
import { peopleQuoted } from '@/lib/highlight/people-quoted';
import { toSuggestion } from '@/lib/highlight/suggestions';
import type { AnchorReport, Send, Suggestion } from '@/lib/messages';
import { randomUuid } from '@/lib/random-id';
import type { Annotation, AnnotationKind } from '@/lib/model/annotation';
import type { AnnotationStore } from './annotation-store';
import type { PageContext } from './page-context';
import { deletedAnnouncement, savedAnnouncement, type PageUi } from './page-ui';
import { createHighlightPainter, createMarkPainter, type PaintItem, type Painter } from './painter';
import type { Reader } from './reader';
import { clearSelection } from './selection';
import type { SuggestionService } from './suggestion-service';
import { t } from '@/components/i18n';

export type Surface = 'page' | 'reader';

export interface GlossPageDeps {
  page: PageContext;
  store: AnnotationStore;
  suggestions: SuggestionService;
  reader: Reader;
  ui: PageUi;
  send: Send;
}

export function createGlossPage(deps: GlossPageDeps) {
  const { page, store, suggestions, reader, ui, send } = deps;
  const doc = page.doc;
  let live: Painter | null = null;
  let readerPaint = 0;

  // The page's highlight styles arrive with its first highlight, not with the script (page-content.ts says why).
  let styled = false;
  const styleOnce = () => {
    if (styled) return;
    styled = true;
    void send('content/styles', {}).then((result) => {
      if (result.ok) return;
      styled = false;
      console.warn('Gloss: highlight styles:', result.error);
    });
  };
  const livePainter = (): Painter | null => {
    if (!live && doc.body) {
      const painter = createHighlightPainter(doc.body) ?? createMarkPainter(doc.body);
      live = {
        ...painter,
        paint(items) {
          if (items.length > 0) styleOnce();
          painter.paint(items);
        },
      };
    }
    return live;
  };
  const painterFor = (surface: Surface): Painter | null => (surface === 'reader' ? reader.painter() : livePainter());
  const activeSurface = (): Surface => (reader.isOpen ? 'reader' : 'page');

  const itemsOf = (placements: readonly Placement[]): PaintItem[] =>
    placements.flatMap(({ annotation, range }) =>
      range ? [{ key: annotation.id, kind: annotation.kind, start: range.start, end: range.end }] : [],
    );
  const annotationItems = (text: string): PaintItem[] => itemsOf(placeAnnotations(text, store.all()));

  // Stealth edits: the live page is the publisher's text, so it decides whether an annotation's words changed. Only
  // the `changed` field is written (this page's copy of the rest may be stale), and only for the story whose
  // annotations are loaded (a single-page app may already show the next one).
  const recording = new Set<string>();
  const recordWordingChanges = (text: string, placements: readonly Placement[]) => {
    if (store.loadedFor() !== page.url()) return;
    for (const update of wordingUpdates(text, placements, new Date().toISOString())) {
      if (recording.has(update.id)) continue;
      recording.add(update.id);
      void send('annotation/setChanged', { id: update.id, exact: update.exact, changed: update.changed ?? null })
        .then((answer) => (answer.ok && answer.value ? store.refresh() : undefined))
        .catch((error: unknown) => console.warn('Gloss: could not record a changed wording', error))
        .finally(() => recording.delete(update.id));
    }
  };

  /** Paints the live page's highlights; answers how many of the page's annotations were not found on it. */
  const paintLive = (): number => {
    // Pages without annotations are never touched (no painter, no text walk).
    if (store.all().length === 0 && !live) return 0;
    const painter = livePainter();
    if (!painter) return store.all().length;
    const text = painter.text().text;
    const placements = placeAnnotations(text, store.all());
    const items = itemsOf(placements);
    painter.paint(items);
    recordWordingChanges(text, placements);
    return store.all().length - items.length;
  };

  const paintReader = async () => {
    const painter = reader.painter();
    if (!painter) return;
    const ticket = ++readerPaint;
    // Suggestions are a bonus: if finding them fails, the reader still shows the annotations.
    const found = await suggestions.list().catch((error: unknown) => {
      console.warn('Gloss: no suggestions:', error);
      return [];
    });
    if (ticket !== readerPaint || reader.painter() !== painter) return; // a newer paint is under way
    const text = painter.text().text;
    const open = found.flatMap((s) => {
      const range: TextRange | null = s.state === 'open' ? anchorText(text, s.selectors) : null;
      return range ? [{ key: s.id, kind: 'suggestion' as const, start: range.start, end: range.end, label: s.speaker?.name }] : [];
    });
    painter.paint([...open, ...annotationItems(text)]);
    reader.setPeople(peopleQuoted(found, store.all()));
  };

  const repaint = () => {
    paintLive();
    void paintReader().catch((error: unknown) => console.warn('Gloss: reader highlights failed', error));
  };
  const unsubscribe = store.subscribe(repaint);

  const closeEditor = () => ui.hideEditor();

  /** The editor card (the same on both surfaces: over the reader view too). */
  const openEditor = (annotation: Annotation) => {
    ui.showEditor(annotation, {
      save: async (updated) => {
        await store.save(updated);
        ui.announce(savedAnnouncement(updated.kind));
      },
      // A draft never saved has nothing to delete: the editor just closes.
      remove: async (doomed) => {
        if (!store.get(doomed.id)) return;
        await store.remove(doomed.id);
        ui.announce(deletedAnnouncement());
      },
      onClose: closeEditor,
    });
  };

  /**
   * A new annotation over `range` on `surface`, with its editor open (unless the caller shows its own); null when
   * nothing is selected. Nothing is stored until the editor's Save: Cancel or Esc leave no trace.
   */
  const annotate = async (kind: AnnotationKind, surface: Surface, range: Range, withEditor = true): Promise<Annotation | null> => {
    const painter = painterFor(surface);
    if (!painter) return null;
    const map = painter.text();
    const offsets = rangeToOffsets(painter.root, range, map);
    if (!offsets) return null;
    const draft = annotationForSpan(
      { id: randomUuid(), kind, pageUrl: page.url(), now: new Date().toISOString() },
      map.text,
      offsets.start,
      offsets.end,
    );
    if (!draft) return null;
    ui.hideToolbar();
    clearSelection(doc);
    if (withEditor) openEditor(draft);
    return draft;
  };

  const anchors = async (): Promise<AnchorReport> => {
    await store.refresh();
    const painter = painterFor(activeSurface());
    return anchorReport(
      page.url(),
      painter ? placeAnnotations(painter.text().text, store.all()) : store.all().map((annotation) => ({ annotation, range: null })),
    );
  };

  const reveal = async (id: string): Promise<boolean> => {
    const painter = painterFor(activeSurface());
    if (painter?.reveal(id)) return true;
    await store.refresh();
    await paintReader();
    return painterFor(activeSurface())?.reveal(id) ?? false;
  };

  const setReader = async (open: boolean, anyway = false): Promise<null> => {
    if (!open) {
      reader.close();
      return null;
    }
    const article = page.article() ?? (anyway ? page.scan().articleAnyway() : null);
    if (!article) {
      throw new Error(anyway ? t('readerNoRunningText') : t('noArticleFound'));
    }
    ui.hideEditor();
    await reader.open(article);
    return null;
  };

  const listSuggestions = async (): Promise<Suggestion[]> => {
    await store.refresh();
    return (await suggestions.list()).map(toSuggestion);
  };

  /** Accepting a suggestion on the page: its editor opens with the speaker filled in, saved only by its Save. */
  const acceptSuggestion = async (id: string): Promise<Annotation> => {
    const draft = await suggestions.draft(id);
    openEditor(draft);
    return draft;
  };

  const decide = async (id: string, accept: boolean, forCallerEditor = false): Promise<Annotation | null> => {
    // The popup's editor shows it first, saves it and records the page (after its Save, not now).
    if (accept && forCallerEditor) return suggestions.draft(id);
    const result = await suggestions.decide(id, accept);
    if (!accept) void paintReader();
    return result;
  };

  /** The reader takes the page's new wording for a changed annotation (the popup's "Use the new wording"). */
  const usePageWording = async (id: string, seen: string): Promise<Annotation> => {
    await store.refresh();
    const annotation = store.get(id);
    const painter = livePainter();
    if (!annotation || !painter) throw new Error('that annotation is not on this page');
    const moved = withPageWording(annotation, painter.text().text, new Date().toISOString());
    if (!moved) throw new Error('the annotation is not found on the page any more');
    // Only the words the reader was shown: if the page changed again since, they decide again.
    if (wordingDiffers(moved.exact, seen)) throw new Error('the page has changed again since; reopen the popup to see its words');
    return store.save(moved);
  };

  /** A single-page app is moving to another page: nothing of this one stays open or painted. */
  const leavePage = () => {
    closeEditor();
    ui.hideToolbar();
    reader.close();
    live?.clear();
  };

  /** Gloss stops on this page: nothing stays painted or open, and later answers paint nothing. */
  const stop = () => {
    unsubscribe();
    leavePage();
  };

  return {
    annotate,
    anchors,
    reveal,
    setReader,
    listSuggestions,
    acceptSuggestion,
    decide,
    usePageWording,
    openEditor,
    closeEditor,
    repaint,
    paintLive,
    leavePage,
    stop,
    painterFor,
    activeSurface,
    livePainter,
  };
}

export type GlossPage = ReturnType<typeof createGlossPage>;
