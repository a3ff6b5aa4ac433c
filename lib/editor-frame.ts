/**
 * The in-page editor runs in an extension-origin iframe, so that the page's own scripts (keyloggers, session
 * replay) can't see what a reader types into it: key events inside a shadow root still reach a page's
 * capture-phase listeners, key events inside a cross-origin frame don't. The content script hands the frame a
 * MessagePort, with a token only it knows (it is in the frame's URL fragment, which the page can't read), and
 * everything then goes over that port: these messages. The content script registers the token with the
 * background before the frame loads, and the frame claims it there first (`editor/register`, `editor/claim`):
 * a page that frames the editor page itself gets a frame that never takes a port. Speaker and source
 * suggestions don't pass through the content script at all: the frame (an extension page) asks the background,
 * which answers `suggest/*` to extension pages only.
 */
import type { Annotation } from './model/annotation';

/** The window message that carries the port: `{ [EDITOR_PORT_KEY]: token }` with the port transferred. */
export const EDITOR_PORT_KEY = 'glossEditorPort';

export type ToEditorFrame =
  | { type: 'show'; annotation: Annotation }
  | { type: 'hide' }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string };

export type EditorRequest = { type: 'save'; annotation: Annotation } | { type: 'remove'; annotation: Annotation };

/** What each request answers. */
export interface EditorReplies {
  save: null;
  remove: null;
}

export type FromEditorFrame =
  | { type: 'ready' }
  /** The editor for the last `show` is rendered, its first field focused: the content script focuses the frame. */
  | { type: 'rendered'; id: string }
  /** The frame has the focus, so keys typed now reach it: the card can be put on screen. */
  | { type: 'shown'; id: string }
  | { type: 'request'; id: number; request: EditorRequest }
  /** Cancel, or done after a save or a delete. */
  | { type: 'close' }
  /** Esc, not taken by an autocomplete list: the content script closes whatever is on top (the editor first). */
  | { type: 'escape' }
  | { type: 'size'; height: number };
