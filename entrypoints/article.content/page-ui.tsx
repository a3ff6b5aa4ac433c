/**
 * The small floating widgets on the page: the selection toolbar, the highlight card and the editor card, each
 * in its own closed shadow root (ui-host.ts). Positions are viewport pixels (the hosts are position: fixed).
 */
import type { VNode } from 'preact';
import { HighlightCard, type CardAction, type CardContent } from '@/components/page-ui/HighlightCard';
import { SelectionToolbar } from '@/components/page-ui/SelectionToolbar';
import { PAGE_UI_CSS } from '@/components/page-ui/styles';
import type { AnnotationKind } from '@/lib/model/annotation';
import { createShadowHost, placeNear, type ShadowHost } from './ui-host';

export interface PageUi {
  showToolbar(anchor: DOMRect, onPick: (kind: AnnotationKind) => void): void;
  moveToolbar(anchor: DOMRect): void;
  hideToolbar(): void;
  showCard(content: CardContent, at: { x: number; y: number }, options: { pinned: boolean; actions?: CardAction[] }): void;
  hideCard(): void;
  readonly cardPinned: boolean;
  /** Whether the pointer is over the card (so hover-out doesn't hide it while the reader reaches for a button). */
  readonly pointerOnCard: boolean;
  showEditor(editor: VNode): void;
  hideEditor(): void;
  readonly editorOpen: boolean;
  /** The shadow roots Gloss's widgets live in (for Esc handling and autocomplete lists). */
  roots(): ShadowRoot[];
  destroy(): void;
}

const viewport = (doc: Document) => ({ width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight });

export function createPageUi(doc: Document): PageUi {
  let toolbar: ShadowHost | null = null;
  let card: ShadowHost | null = null;
  let editor: ShadowHost | null = null;
  let pinned = false;
  let onCard = false;
  let editorOpen = false;

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
      toolbar ??= createShadowHost(doc, 'toolbar', PAGE_UI_CSS);
      toolbar.render(<SelectionToolbar onPick={onPick} />);
      toolbar.place({ top: -1000, left: -1000 });
      toolbar.place(placeNear(anchor, size(toolbar), viewport(doc)));
    },
    moveToolbar(anchor) {
      if (toolbar && toolbar.host.style.display !== 'none') toolbar.place(placeNear(anchor, size(toolbar), viewport(doc)));
    },
    hideToolbar: () => toolbar?.place(null),
    showCard(content, at, options) {
      const host = ensureCard();
      pinned = options.pinned;
      host.render(<HighlightCard content={content} actions={options.actions} />);
      host.place({ top: -1000, left: -1000 });
      const box = size(host);
      const view = viewport(doc);
      const below = at.y + 16;
      const top = below + box.height <= view.height - 4 ? below : Math.max(4, at.y - box.height - 12);
      host.place({ top, left: Math.min(Math.max(4, at.x - box.width / 2), view.width - box.width - 4) });
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
    showEditor(vnode) {
      editor ??= createShadowHost(doc, 'editor', PAGE_UI_CSS);
      editor.render(<div class="editor-card" role="dialog" aria-label="Gloss annotation">{vnode}</div>);
      editor.place({ top: 16, left: Math.max(4, viewport(doc).width - 376) });
      editorOpen = true;
    },
    hideEditor() {
      editor?.render(null);
      editor?.place(null);
      editorOpen = false;
    },
    get editorOpen() {
      return editorOpen;
    },
    roots: () => [toolbar, card, editor].filter((h): h is ShadowHost => h !== null).map((h) => h.root),
    destroy() {
      for (const host of [toolbar, card, editor]) host?.destroy();
    },
  };
}
