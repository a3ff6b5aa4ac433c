/**
 * Which editor frames Gloss opened. The editor page is web-accessible (it is framed in articles), so a page can
 * frame it directly too; it must then refuse to run. The content script registers each frame's one-time token
 * here before it loads the frame, and the frame claims it: a token no content script registered, registered in
 * another tab, or claimed already, is refused. The page never sees a token (it is in the frame's URL, inside a
 * closed shadow root), and it can't send extension messages.
 */
import type { SenderContext } from './sender';

/**
 * More than all tabs open before their frames claim them (a frame claims its token as it loads); the oldest go
 * first beyond this. Tokens are not dropped when a tab navigates: that could race a frame's claim.
 */
const MAX_PENDING = 256;

export interface EditorTokens {
  register(token: string, context: SenderContext): void;
  /** Whether the token was registered by the frame's own tab; it is used up either way. */
  claim(token: string, context: SenderContext): boolean;
}

export function createEditorTokens(): EditorTokens {
  /** token -> the tab whose content script registered it (Map keeps insertion order: oldest first). */
  const pending = new Map<string, number>();
  return {
    register(token, context) {
      if (context.kind !== 'content-script' || context.tabId === undefined)
        throw new Error('only a content script in a tab opens editor frames');
      pending.set(token, context.tabId);
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
    },
    claim(token, context) {
      const tabId = pending.get(token);
      pending.delete(token);
      if (context.kind !== 'extension-page' || tabId === undefined) return false;
      // A frame in a tab is told its tab; one the browser says nothing about can only rely on the token.
      return context.tabId === undefined || context.tabId === tabId;
    },
  };
}
