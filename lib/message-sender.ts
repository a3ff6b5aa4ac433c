/**
 * Sending the messages of lib/messages.ts, and which ones a tab's content script answers. Apart from the
 * protocol's schemas (and their library), because the small content script that runs on every page sends
 * messages too (entrypoints/page.content); lib/messages.ts re-exports all of it.
 */
import type { Message, MessageType, RequestOf, ResponseOf } from './messages';
import { fail, type Result } from './result';

/** The messages a tab's content script answers (the popup and the background send them with tabs.sendMessage). */
export const CONTENT_MESSAGE_TYPES: readonly MessageType[] = [
  'article/summary',
  'page/anchors',
  'reader/open',
  'page/shortcut',
  'selection/annotate',
  'annotation/reveal',
  'annotation/usePageWording',
  'page/suggestions',
  'suggestion/decide',
];

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; error?: unknown };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error === 'string';
}

/** Delivers a message and resolves to whatever the other side answered (e.g. `browser.runtime.sendMessage`). */
export type Transport = (message: Message) => Promise<unknown>;

export type Send = <K extends MessageType>(type: K, payload: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;

/**
 * A typed sender over a transport. Never throws: a missing receiver, a transport error or an answer that
 * is not a `Result` becomes `{ ok: false, error }`.
 */
export function createSender(transport: Transport): Send {
  return async (type, payload) => {
    let answer: unknown;
    try {
      answer = await transport({ type, payload } as Message);
    } catch (error) {
      return fail(`${type}: ${errorText(error)}`);
    }
    if (!isResult(answer)) return fail(`${type}: no valid answer (got ${answer === undefined ? 'nothing' : typeof answer})`);
    // The receiver validated the request; the answer's shape is the receiver's contract.
    return answer as Result<ResponseOf<typeof type>>;
  };
}
