/**
 * Who sent a message, decided once from what the browser says (`runtime.MessageSender`), never from the message.
 * Extension pages (popup, reader, library) may read and write anything; a content script only its own page's
 * annotations, because whatever it shows lives in the web page's DOM, where the page can read it.
 */

/** The fields of `runtime.MessageSender` we rely on. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** The frame the content script runs in (0: the tab's top document). */
  frameId?: number;
  /** Chromium: the document the content script runs in (a frame shows several in turn). */
  documentId?: string;
}

export interface ExtensionIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. "chrome-extension://abc…/" */
  baseUrl: string;
}

export type SenderContext =
  | { kind: 'extension-page'; tabId?: number }
  /** `pageUrl`: the URL of the document the content script runs in (null: the browser didn't say). */
  | { kind: 'content-script'; tabId?: number; frameId?: number; documentId?: string; pageUrl: string | null };

/** The sender's context, or null for anything that isn't part of Gloss (another extension). */
export function classifySender(sender: MessageSenderLike, self: ExtensionIdentity): SenderContext | null {
  if (sender.id !== self.id) return null;
  const tabId = sender.tab?.id;
  if (sender.url?.startsWith(self.baseUrl)) return { kind: 'extension-page', tabId };
  // Content scripts always come with a URL; only an extension context can come with neither URL nor tab.
  if (sender.tab === undefined && sender.url === undefined) return { kind: 'extension-page' };
  return {
    kind: 'content-script',
    tabId,
    frameId: sender.frameId,
    documentId: sender.documentId,
    pageUrl: sender.url ?? sender.tab?.url ?? null,
  };
}

/**
 * For a write or read confined to one page: undefined for extension pages (no limit), the content script's
 * document URL otherwise. Throws when a content script's page is unknown: no page, no access.
 */
export function pageScope(context: SenderContext): string | undefined {
  if (context.kind === 'extension-page') return undefined;
  if (context.pageUrl === null) throw new Error('content script without a page URL may not use storage');
  return context.pageUrl;
}
