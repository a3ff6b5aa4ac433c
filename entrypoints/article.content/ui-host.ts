/**
 * Hosts for Gloss's in-page UI: each widget renders with Preact into a CLOSED shadow root on a plain <div>
 * (a built-in element, so no page-defined custom element can upgrade it and grab the root). The host sits on
 * <html>, outside <body>, so it is never part of the page's text or the page's body re-renders, and its inline
 * `!important` styles beat page CSS. Events from inside stop at the shadow root: the page's bubbling listeners
 * never see clicks or keys meant for Gloss. Its capture-phase listeners on window still would, so the one widget
 * that takes typing, the editor card, is an extension-origin frame (frame-editor.ts).
 */
import { render, type VNode } from 'preact';

export type HostName = 'reader' | 'toolbar' | 'card' | 'editor' | 'status';

/** The reader lies under the small widgets (toolbar, card, editor card), all above the page. */
const LAYERS: Record<HostName, number> = {
  reader: 2147483640,
  toolbar: 2147483646,
  card: 2147483647,
  editor: 2147483645,
  status: 2147483639,
};

const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'change',
  'wheel',
  'contextmenu',
  'focusin',
  'focusout',
] as const;

export interface ShadowHost {
  readonly host: HTMLDivElement;
  readonly root: ShadowRoot;
  render(vnode: VNode | null): void;
  /** Fixed position in viewport pixels; null hides the host. */
  place(position: { top: number; left: number } | { inset: true } | null): void;
  destroy(): void;
}

export function createShadowHost(doc: Document, name: HostName, css: string): ShadowHost {
  const host = doc.createElement('div');
  host.setAttribute('data-gloss', name);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'ui';
  root.append(style, mount);
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());

  const base = `all: initial !important; position: fixed !important; z-index: ${LAYERS[name]} !important;`;
  const place: ShadowHost['place'] = (position) => {
    if (position === null) {
      host.style.cssText = `${base} display: none !important;`;
      return;
    }
    const where =
      'inset' in position
        ? 'inset: 0 !important;'
        : `top: ${Math.round(position.top)}px !important; left: ${Math.round(position.left)}px !important;`;
    host.style.cssText = `${base} display: block !important; ${where}`;
    // Pages that rebuild <html>'s children (hydration) may drop the host: put it back when shown.
    if (!host.isConnected) doc.documentElement.append(host);
  };
  place(null);
  doc.documentElement.append(host);

  return {
    host,
    root,
    render: (vnode) => render(vnode, mount),
    place,
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}

/** Keeps a box of `size` inside the viewport, preferring just above `anchor` (else below it). */
export function placeNear(anchor: DOMRect, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const gap = 8;
  const above = anchor.top - size.height - gap;
  const top = above >= 4 ? above : Math.min(anchor.bottom + gap, viewport.height - size.height - 4);
  const left = Math.min(Math.max(4, anchor.left + anchor.width / 2 - size.width / 2), viewport.width - size.width - 4);
  return { top: Math.max(4, top), left: Math.max(4, left) };
}
