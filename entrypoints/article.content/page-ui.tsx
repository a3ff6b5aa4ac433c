/**
 * The small floating widgets on the page: the selection toolbar, the highlight card and the editor card, each
 * in its own closed shadow root (ui-host.ts). Positions are viewport pixels (the hosts are position: fixed).
 */
import { HighlightCard, type CardAction, type CardContent } from '@/components/page-ui/HighlightCard';
import { SelectionToolbar } from '@/components/page-ui/SelectionToolbar';
import { PAGE_UI_CSS } from '@/components/page-ui/styles';
import type { Annotation, AnnotationKind } from '@/lib/model/annotation';
import { t } from '@/components/i18n';
import { createFrameEditor, type EditorFrameSource, type EditorHandlers } from './frame-editor';
import { createShadowHost, placeNear, type ShadowHost } from './ui-host';

export interface PageUi {
  showToolbar(anchor: DOMRect, onPick: (kind: AnnotationKind) => void): void;
  moveToolbar(anchor: DOMRect): void;
  hideToolbar(): void;
  /** Moves the focus to the toolbar's first button (the keyboard path, Alt+Shift+A); false when it isn't shown. */
  focusToolbar(): boolean;
  /** Whether the focus is on the toolbar (a selection lost to that focus must not hide it). */
  readonly toolbarFocused: boolean;
  /** `focusable`: shown from the keyboard, the card takes the focus (its first button once pinned). */
  showCard(
    content: CardContent,
    at: { x: number; y: number },
    options: { pinned: boolean; actions?: CardAction[]; focusable?: boolean },
  ): void;
  hideCard(): void;
  /** Whether the focus is on the card or its buttons. */
  readonly cardFocused: boolean;
  readonly cardPinned: boolean;
  /** Whether the pointer is over the card (so hover-out doesn't hide it while the reader reaches for a button). */
  readonly pointerOnCard: boolean;
  /** The editor card for `annotation` (an extension-origin frame: frame-editor.ts), top right. */
  showEditor(annotation: Annotation, handlers: EditorHandlers): void;
  hideEditor(): void;
  readonly editorOpen: boolean;
  /** What Esc pressed in the editor card does. */
  onEditorEscape(handler: () => void): void;
  /** Says `text` to screen readers (a polite live region in Gloss's own closed shadow root: the page can't read it). */
  announce(text: string): void;
  /** The shadow roots Gloss's widgets live in (for Esc handling and autocomplete lists). */
  roots(): ShadowRoot[];
  destroy(): void;
}

/** What the live region says after the reader's own actions. */
const SAVED_KEYS = { quote: 'announceQuoteSaved', claim: 'announceClaimSaved', note: 'announceNoteSaved' } as const;
/** What the page's live region says after a save or a delete (functions: messages are read when needed). */
export const savedAnnouncement = (kind: AnnotationKind): string => t(SAVED_KEYS[kind]);
export const deletedAnnouncement = (): string => t('announceDeleted');

/** A live region must be in the page before its text changes, or screen readers miss the change. */
const ANNOUNCE_DELAY_MS = 100;

const viewport = (doc: Document) => ({ width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight });

/** `editorFrame`: where the editor frame's page is, and how Gloss vouches for it (frame-editor.ts). */
export function createPageUi(doc: Document, editorFrame: EditorFrameSource): PageUi {
  let toolbar: ShadowHost | null = null;
  let card: ShadowHost | null = null;
  const editor = createFrameEditor(doc, editorFrame);
  let pinned = false;
  let onCard = false;
  let status: ShadowHost | null = null;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const liveRegion = (text: string) => (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );

  const size = (host: ShadowHost) => {
    const rect = host.host.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  };

  const ensureCard = () => {
    if (card) return card;
    card = createShadowHost(doc, 'card', PAGE_UI_CSS);
    card.root.addEventListener('mouseover', () => (onCard = true));
    card.root.addEventListener('mouseout', (event) => {
      if (!card?.root.contains((event as MouseEvent).relatedTarget as Node | null)) onCard = false;
    });
    return card;
  };

  return {
    showToolbar(anchor, onPick) {
      editor.preload(); // the editor card is one click away
      toolbar ??= createShadowHost(doc, 'toolbar', PAGE_UI_CSS);
      toolbar.render(<SelectionToolbar onPick={onPick} />);
      toolbar.place({ top: -1000, left: -1000 });
      toolbar.place(placeNear(anchor, size(toolbar), viewport(doc)));
    },
    moveToolbar(anchor) {
      if (toolbar && toolbar.host.style.display !== 'none') toolbar.place(placeNear(anchor, size(toolbar), viewport(doc)));
    },
    hideToolbar: () => toolbar?.place(null),
    focusToolbar() {
      if (!toolbar || toolbar.host.style.display === 'none') return false;
      toolbar.root.querySelector<HTMLButtonElement>('button')?.focus();
      return toolbar.root.activeElement != null;
    },
    get toolbarFocused() {
      return toolbar?.root.activeElement != null && toolbar.host.style.display !== 'none';
    },
    showCard(content, at, options) {
      const host = ensureCard();
      pinned = options.pinned;
      host.render(<HighlightCard content={content} actions={options.actions} focusable={options.focusable} />);
      host.place({ top: -1000, left: -1000 });
      const box = size(host);
      const view = viewport(doc);
      const below = at.y + 16;
      const top = below + box.height <= view.height - 4 ? below : Math.max(4, at.y - box.height - 12);
      host.place({ top, left: Math.min(Math.max(4, at.x - box.width / 2), view.width - box.width - 4) });
      if (options.focusable)
        host.root.querySelector<HTMLElement>(options.pinned ? '.card button' : '.card')?.focus({ preventScroll: true });
    },
    get cardFocused() {
      return card?.root.activeElement != null && card.host.style.display !== 'none';
    },
    hideCard() {
      pinned = false;
      onCard = false;
      card?.place(null);
    },
    get cardPinned() {
      return pinned;
    },
    get pointerOnCard() {
      return onCard;
    },
    showEditor(annotation, handlers) {
      editor.show(annotation, handlers, { top: 16, left: Math.max(4, viewport(doc).width - 376) });
    },
    hideEditor: () => editor.hide(),
    onEditorEscape: (handler) => editor.onEscape(handler),
    get editorOpen() {
      return editor.isOpen;
    },
    announce(text) {
      if (!status) {
        status = createShadowHost(doc, 'status', PAGE_UI_CSS);
        status.place({ top: 0, left: 0 });
      }
      // Emptied first, so the same words said twice are announced twice.
      status.render(liveRegion(''));
      clearTimeout(announceTimer);
      announceTimer = setTimeout(() => status?.render(liveRegion(text)), ANNOUNCE_DELAY_MS);
    },
    roots: () => [toolbar?.root, card?.root, editor.root].filter((root): root is ShadowRoot => root != null),
    destroy() {
      clearTimeout(announceTimer);
      for (const host of [toolbar, card, status]) host?.destroy();
      editor.destroy();
    },
  };
}
