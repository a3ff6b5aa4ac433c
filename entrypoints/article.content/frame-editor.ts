/**
 * The editor card on the page: an extension-origin iframe (entrypoints/editor-frame) in a closed shadow root,
 * so that what the reader types never passes through the page (lib/editor-frame.ts). The frame is made once per
 * page and reused; this side answers its requests (save, delete, suggestions) and keeps its height.
 */
import { EDITOR_PORT_KEY, type EditorReplies, type EditorRequest, type FromEditorFrame, type ToEditorFrame } from '@/lib/editor-frame';
import type { Annotation } from '@/lib/model/annotation';
import { randomToken } from '@/lib/random-id';
import { createShadowHost, type ShadowHost } from './ui-host';
import { t } from '@/components/i18n';

export interface EditorHandlers {
  save(annotation: Annotation): Promise<void>;
  remove(annotation: Annotation): Promise<void>;
  /** The reader closed the card (Esc, Cancel, or after a save or delete). */
  onClose(): void;
}

export interface FrameEditor {
  show(annotation: Annotation, handlers: EditorHandlers, position: { top: number; left: number }): void;
  /** Loads the frame ahead of the first `show` (the reader is selecting text). */
  preload(): void;
  /** What Esc in the frame does (interactions.ts: close whatever is on top). */
  onEscape(handler: () => void): void;
  hide(): void;
  readonly isOpen: boolean;
  readonly root: ShadowRoot | null;
  destroy(): void;
}

const CARD_CSS = `
:host { all: initial; }
iframe { display: block; width: 360px; height: 320px; max-height: calc(100vh - 32px); border: 1px solid #d0d7de;
  border-radius: 10px; background: #fff; box-shadow: 0 10px 30px rgba(0,0,0,.22); color-scheme: light; }
`;

/** Laid out and focusable, not visible. */
const OFF_SCREEN = { top: -10_000, left: -10_000 };
/** How long the card waits off screen for the frame to report that it has the focus. */
const FOCUS_WAIT_MS = 1_500;

/** Where the editor frame comes from, and how Gloss vouches for it. */
export interface EditorFrameSource {
  /** The frame page's address (browser.runtime.getURL), without a fragment. */
  url: string;
  /**
   * The origins the frame may end up at: `url`'s, and the extension's own (Chromium serves a use_dynamic_url
   * resource, asked for at its per-session address, from the extension's usual origin).
   */
  origins: string[];
  /** Tells the background the token of a frame about to load, which the frame then claims (editor-tokens.ts). */
  register(token: string): Promise<void>;
}

export function createFrameEditor(doc: Document, source: EditorFrameSource): FrameEditor {
  let host: ShadowHost | null = null;
  let frame: HTMLIFrameElement | null = null;
  let port: MessagePort | null = null;
  let ready: Promise<MessagePort> | null = null;
  let handlers: EditorHandlers | null = null;
  let open = false;
  let escape = () => {};
  /** Where the focus was before the card took it: it goes back there when the card closes. */
  let returnFocus: Element | null = null;
  /** The annotation shown last, and where: the card goes on screen when the frame says it is ready. */
  let showing: { id: string; position: { top: number; left: number } } | null = null;

  const send = (message: ToEditorFrame) => port?.postMessage(message);

  const answer = async (id: number, request: EditorRequest) => {
    const current = handlers;
    try {
      if (!current) throw new Error('The editor is closed');
      let value: EditorReplies[EditorRequest['type']];
      if (request.type === 'save') value = (await current.save(request.annotation), null);
      else value = (await current.remove(request.annotation), null);
      send({ type: 'reply', id, ok: true, value });
    } catch (error) {
      send({ type: 'reply', id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  const receive = (message: FromEditorFrame) => {
    if (message.type === 'request') void answer(message.id, message.request);
    else if (message.type === 'close') handlers?.onClose();
    else if (message.type === 'escape') escape();
    else if (message.type === 'rendered' && open && showing?.id === message.id) {
      // Focused while still off screen: the card appears once the frame has the focus, so that the keys a reader
      // types as soon as it shows reach it (and not the page). Shown anyway if that never comes.
      host?.place(OFF_SCREEN);
      returnFocus = doc.activeElement === host?.host ? returnFocus : doc.activeElement;
      frame?.focus();
      const waiting = showing;
      setTimeout(() => {
        if (open && showing === waiting) host?.place(waiting.position);
      }, FOCUS_WAIT_MS);
    } else if (message.type === 'shown' && open && showing?.id === message.id) host?.place(showing.position);
    else if (message.type === 'size' && frame && message.height > 0) frame.style.height = `${message.height}px`;
  };

  /**
   * Makes the frame (once) and hands it its port; resolves when the frame has taken it. The frame's token is
   * registered with the background first: the frame checks it there and refuses to run without it.
   */
  const connect = (): Promise<MessagePort> => {
    if (ready) return ready;
    host = createShadowHost(doc, 'editor', CARD_CSS);
    const token = randomToken();
    const made = doc.createElement('iframe');
    made.title = t('editorCardName');
    host.root.append(made);
    frame = made;
    let loads = 0;
    ready = new Promise((resolve) => {
      made.addEventListener('load', () => {
        // Only Gloss loads this frame, once. Loaded again, something else navigated it (a browser that lets the
        // page reach it): its content is no longer Gloss's, so the card goes and the next one starts afresh.
        if (++loads > 1) return reset();
        // One channel per origin the frame may be at: a message for another origin is dropped, with its port.
        for (const origin of source.origins) {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => {
            const message = event.data as FromEditorFrame;
            if (message.type === 'ready') {
              port = channel.port1;
              resolve(channel.port1);
            } else receive(message);
          };
          made.contentWindow?.postMessage({ [EDITOR_PORT_KEY]: token }, origin, [channel.port2]);
        }
      });
      void source.register(token).then(
        () => {
          if (frame === made) made.src = `${source.url}#${token}`;
        },
        (error: unknown) => console.warn('Gloss: the editor could not be opened:', error),
      );
    });
    return ready;
  };

  const reset = () => {
    const wasOpen = open;
    const closing = handlers;
    open = false;
    handlers = null;
    showing = null;
    port?.close();
    port = null;
    ready = null;
    frame = null;
    host?.destroy();
    host = null;
    if (wasOpen) closing?.onClose();
  };

  return {
    show(annotation, next, position) {
      handlers = next;
      open = true;
      showing = { id: annotation.id, position };
      void connect().then(() => {
        if (open && handlers === next) send({ type: 'show', annotation });
      });
    },
    preload() {
      void connect();
    },
    onEscape(handler) {
      escape = handler;
    },
    hide() {
      open = false;
      handlers = null;
      showing = null;
      send({ type: 'hide' });
      // Keys typed next belong to the page again (or the reader view), not to a hidden frame.
      if (host && doc.activeElement === host.host) {
        frame?.blur();
        if (returnFocus instanceof HTMLElement || returnFocus instanceof SVGElement) returnFocus.focus({ preventScroll: true });
      }
      returnFocus = null;
      host?.place(null);
    },
    get isOpen() {
      return open;
    },
    get root() {
      return host?.root ?? null;
    },
    destroy() {
      open = false;
      reset();
    },
  };
}
