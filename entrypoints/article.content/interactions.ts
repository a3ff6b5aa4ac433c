/**
 * The page's and the reader's events: selections show the toolbar, hovering a highlight shows its card, clicks
 * pin cards or accept suggestions, Esc closes what is on top. Only trusted (user) events act on clicks and keys:
 * a page can dispatch synthetic events at Gloss's hosts but can't make them count.
 */
import { pageShortcut, stepIndex } from '@/lib/keyboard';
import type { AnnotationStore } from './annotation-store';
import type { GlossPage, Surface } from './gloss-page';
import { deletedAnnouncement, type PageUi } from './page-ui';
import type { Reader } from './reader';
import { selectionInPage, selectionInShadow } from './selection';
import type { SuggestionService } from './suggestion-service';
import { t } from '@/components/i18n';

const SELECTION_SETTLE_MS = 120;
const CARD_LINGER_MS = 300;

export interface InteractionDeps {
  doc: Document;
  gloss: GlossPage;
  reader: Reader;
  ui: PageUi;
  store: AnnotationStore;
  suggestions: SuggestionService;
  /** Aborted when Gloss stops on this page (turned off for the site, or the extension reloaded): every listener goes. */
  signal: AbortSignal;
}

const warn = (error: unknown) => console.warn('Gloss:', error instanceof Error ? error.message : error);

export function wireInteractions({ doc, gloss, reader, ui, store, suggestions, signal }: InteractionDeps) {
  let pending: { surface: Surface; range: Range } | null = null;
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the keyboard came from when Alt+Shift+A moved the focus to the toolbar: Esc goes back there. */
  let returnTo: { element: Element | null; range: Range } | null = null;
  /** The highlight Alt+Shift+J / K is on, and where the focus was before its card took it. */
  let keyboardCard: { surface: Surface; key: string; at: { x: number; y: number } } | null = null;
  let cardReturn: Element | null = null;

  /** The selection on the surface in front (the reader when open), inside its annotatable text. */
  const currentSelection = (): { surface: Surface; range: Range } | null => {
    if (gloss.activeSurface() === 'page') {
      const range = selectionInPage(doc);
      return range ? { surface: 'page', range } : null;
    }
    const root = reader.root();
    const body = reader.painter()?.root;
    const range = root ? selectionInShadow(root) : null;
    return range && body?.contains(range.commonAncestorContainer) ? { surface: 'reader', range } : null;
  };

  /** The element with the focus on the surface in front (inside the reader's shadow root when it is open). */
  const focusedElement = () => (gloss.activeSurface() === 'reader' ? (reader.root()?.activeElement ?? null) : doc.activeElement);
  /** Gives the focus back to where it was before the toolbar took it; with `reselect`, the selection too. */
  const leaveToolbar = (reselect: boolean) => {
    const back = returnTo;
    returnTo = null;
    if (!back) return;
    if (back.element instanceof HTMLElement && back.element !== doc.body) back.element.focus({ preventScroll: true });
    if (!reselect) return;
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(back.range);
  };

  const checkSelection = () => {
    // The focus on the toolbar's buttons can take the selection with it: the toolbar stays for its keys.
    if (ui.toolbarFocused) return;
    const found = currentSelection();
    if (!found) {
      pending = null;
      ui.hideToolbar();
      return;
    }
    pending = { surface: found.surface, range: found.range.cloneRange() };
    ui.showToolbar(found.range.getBoundingClientRect(), (kind) => {
      const target = pending;
      // Picked from the keyboard: the editor card returns the focus to the page when it closes, not to the toolbar.
      if (ui.toolbarFocused) leaveToolbar(false);
      if (target) void gloss.annotate(kind, target.surface, target.range).catch(warn);
    });
  };
  const scheduleSelectionCheck = () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(checkSelection, SELECTION_SETTLE_MS);
  };
  /** Alt+Shift+A: the focus moves to the toolbar of the current selection (false: nothing is selected). */
  const focusToolbar = (): boolean => {
    if (ui.toolbarFocused) return true;
    clearTimeout(selectionTimer);
    checkSelection();
    if (!pending) return false;
    const element = focusedElement();
    const range = pending.range.cloneRange();
    if (!ui.focusToolbar()) return false;
    returnTo = { element, range };
    return true;
  };
  const followScroll = () => pending && ui.moveToolbar(pending.range.getBoundingClientRect());

  const cardFor = (surface: Surface, key: string, at: { x: number; y: number }, pinned: boolean, focusable = false) => {
    clearTimeout(hideTimer);
    const annotation = store.get(key);
    if (annotation) {
      const actions = pinned
        ? [
            { label: t('edit'), tone: 'primary' as const, onClick: () => (ui.hideCard(), gloss.openEditor(annotation)) },
            {
              label: t('delete'),
              tone: 'danger' as const,
              onClick: () => {
                ui.hideCard();
                store.remove(key).then(() => ui.announce(deletedAnnouncement()), warn);
              },
            },
          ]
        : [];
      ui.showCard({ type: 'annotation', annotation }, at, { pinned, actions, focusable });
      return;
    }
    const suggestion = suggestions.peek(key);
    if (!suggestion) return;
    // Accept opens the editor with the speaker filled in; nothing is saved until its Save.
    const accept = () => (ui.hideCard(), void gloss.acceptSuggestion(key).catch(warn));
    const dismiss = () => (ui.hideCard(), void gloss.decide(key, false).catch(warn));
    const { kind, speaker, unnamed, cue } = suggestion;
    ui.showCard({ type: 'suggestion', kind, speaker, ...(unnamed ? { unnamed } : {}), cue }, at, {
      pinned,
      focusable,
      actions: [
        { label: t('accept'), tone: 'primary', onClick: accept },
        { label: t('dismiss'), onClick: dismiss },
      ],
    });
  };

  const hover = (surface: Surface, event: MouseEvent, target: EventTarget | null) => {
    // A page's synthetic mousemove must not open a card: with the card shown, window.find() could read it.
    if (!event.isTrusted || ui.cardPinned || surface !== gloss.activeSurface()) return;
    if (surface === 'page' && store.all().length === 0) return;
    const key = gloss.painterFor(surface)?.hitTest(event.clientX, event.clientY, target) ?? null;
    if (key) return cardFor(surface, key, { x: event.clientX, y: event.clientY }, false);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!ui.pointerOnCard && !ui.cardPinned && !ui.cardFocused) ui.hideCard();
    }, CARD_LINGER_MS);
  };

  const click = (surface: Surface, event: MouseEvent, target: EventTarget | null) => {
    if (!event.isTrusted || surface !== gloss.activeSurface()) return;
    if (currentSelection()) return; // the end of a drag-selection, not a click on a highlight
    const key =
      surface === 'page' && store.all().length === 0
        ? null
        : (gloss.painterFor(surface)?.hitTest(event.clientX, event.clientY, target) ?? null);
    // A click on a suggestion only pins its card: accepting is the card's Accept, a deliberate second step.
    if (key) cardFor(surface, key, { x: event.clientX, y: event.clientY }, true);
    else if (ui.cardPinned) ui.hideCard();
  };

  /** Alt+Shift+J / K: the next or previous highlight in reading order, scrolled into view, its card focused. */
  const stepHighlight = (move: 'next' | 'previous'): boolean => {
    const surface = gloss.activeSurface();
    const painter = gloss.painterFor(surface);
    const keys = painter?.keys() ?? [];
    if (!painter || keys.length === 0) return false;
    const key = keys[stepIndex(keys.length, keyboardCard ? keys.indexOf(keyboardCard.key) : -1, move)]!;
    if (!ui.cardFocused) cardReturn = focusedElement();
    painter.reveal(key, { instant: true });
    const rect = painter.rectOf(key);
    if (!rect) return false;
    keyboardCard = { surface, key, at: { x: rect.left + rect.width / 2, y: rect.bottom } };
    cardFor(surface, key, keyboardCard.at, false, true);
    return true;
  };
  /** Closes the card; when it had the focus, the focus goes back to where it was before the card took it. */
  const closeCard = () => {
    const hadFocus = ui.cardFocused;
    ui.hideCard();
    keyboardCard = null;
    const back = cardReturn;
    cardReturn = null;
    if (hadFocus && back instanceof HTMLElement && back !== doc.body) back.focus({ preventScroll: true });
  };

  /** Esc closes what is on top: a pinned card, the editor, the reader view, the toolbar. */
  const closeTopmost = () => {
    if (ui.cardPinned || ui.cardFocused) closeCard();
    else if (ui.editorOpen) gloss.closeEditor();
    else if (ui.toolbarFocused) {
      ui.hideToolbar();
      leaveToolbar(true);
    } else if (reader.isOpen) reader.close();
    else ui.hideToolbar();
  };
  const keydown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const shortcut = pageShortcut(event);
    if (shortcut === 'toolbar') {
      if (focusToolbar()) event.preventDefault();
      return;
    }
    if (shortcut === 'nextHighlight' || shortcut === 'previousHighlight') {
      if (stepHighlight(shortcut === 'nextHighlight' ? 'next' : 'previous')) event.preventDefault();
      return;
    }
    // Enter on a card reached from the keyboard pins it: its buttons take the focus, Tab moves between them.
    if (event.key === 'Enter' && keyboardCard && ui.cardFocused && !ui.cardPinned) {
      event.preventDefault();
      cardFor(keyboardCard.surface, keyboardCard.key, keyboardCard.at, true, true);
      return;
    }
    if (event.key !== 'Escape') return;
    // An open autocomplete list takes Esc first.
    const roots = [...ui.roots(), reader.root()];
    if (roots.some((root) => root?.activeElement?.getAttribute('aria-expanded') === 'true')) return;
    closeTopmost();
  };
  // Esc pressed in the editor's frame (its autocomplete lists handle their own) counts the same, however many
  // times it is pressed before the focus is back on the page.
  ui.onEditorEscape(closeTopmost);

  /** One pending frame per surface: a reader event also bubbles to the document as an event on the host. */
  const throttledHover = (surface: Surface) => {
    let frame = 0;
    return (event: Event) => {
      const target = event.target;
      if (frame) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = 0;
        hover(surface, event as MouseEvent, target);
      });
    };
  };

  doc.addEventListener('selectionchange', scheduleSelectionCheck, { signal });
  doc.addEventListener('mouseup', scheduleSelectionCheck, { signal });
  doc.addEventListener('keyup', scheduleSelectionCheck, { signal });
  doc.addEventListener('scroll', followScroll, { capture: true, passive: true, signal });
  doc.addEventListener('mousemove', throttledHover('page'), { passive: true, signal });
  doc.addEventListener('click', (event) => click('page', event, event.target), { signal });
  doc.defaultView?.addEventListener('keydown', keydown, { capture: true, signal });
  // Loaded because the reader selected text (entrypoints/page.content/needs.ts): that selection gets its toolbar.
  scheduleSelectionCheck();

  return {
    /** The toolbar shortcut sent by the background (a manifest command the reader can rebind). */
    focusToolbar,
    /** Listens inside the reader's shadow root (its events stop there: ui-host.ts). */
    attachReader(root: ShadowRoot) {
      ui.hideCard();
      ui.hideToolbar();
      root.addEventListener('mouseup', scheduleSelectionCheck);
      root.addEventListener('keyup', scheduleSelectionCheck);
      root.addEventListener('scroll', followScroll, { capture: true, passive: true });
      root.addEventListener('mousemove', throttledHover('reader'), { passive: true });
      root.addEventListener('click', (event) => click('reader', event as MouseEvent, event.target));
    },
    readerClosed() {
      pending = null;
      ui.hideToolbar();
      ui.hideCard();
    },
  };
}
