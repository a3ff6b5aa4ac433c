import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, createSender, parseMessage, type Message } from '@/lib/messages';

const detection = { isArticle: true, score: 0.9, reasons: ['json-ld NewsArticle'] };
const summary = { title: 'T', siteName: 'S', published: '2026-03-14', byline: null, wordCount: 12, url: 'http://x/' };

describe('parseMessage', () => {
  it('accepts every well-formed message', () => {
    expect(parseMessage({ type: 'page/status', payload: { tabId: 3 } })).toEqual({
      ok: true,
      value: { type: 'page/status', payload: { tabId: 3 } },
    });
    expect(parseMessage({ type: 'page/detected', payload: { url: 'http://x/', detection, summary } }).ok).toBe(true);
    expect(parseMessage({ type: 'article/summary' }).ok).toBe(true);
  });

  it.each([
    [null, /not an object/],
    ['page/status', /not an object/],
    [{ type: 'nope', payload: {} }, /unknown message type: "nope"/],
    [{ payload: {} }, /unknown message type/],
    [{ type: 'page/status', payload: { tabId: '3' } }, /malformed page\/status payload: tabId/],
    [{ type: 'page/status', payload: { tabId: 1.5 } }, /malformed page\/status/],
    [{ type: 'page/detected', payload: { url: 'http://x/', detection: { isArticle: 'yes' }, summary: null } }, /detection/],
  ])('rejects %j', (raw, error) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('createMessageHandler', () => {
  it('runs the handler for the type with the payload and context', async () => {
    const status = vi.fn(({ tabId }: { tabId: number }, context: string) => (tabId === 7 && context === 'ctx' ? null : null));
    const handle = createMessageHandler<string>({ 'page/status': status });
    await expect(handle({ type: 'page/status', payload: { tabId: 7 } }, 'ctx')).resolves.toEqual({ ok: true, value: null });
    expect(status).toHaveBeenCalledWith({ tabId: 7 }, 'ctx');
  });

  it('answers errors instead of throwing', async () => {
    const handle = createMessageHandler<undefined>({
      'article/summary': () => {
        throw new Error('boom');
      },
    });
    await expect(handle({ type: 'article/summary', payload: {} }, undefined)).resolves.toEqual({
      ok: false,
      error: 'article/summary failed: boom',
    });
    await expect(handle({ type: 'page/status', payload: { tabId: 1 } }, undefined)).resolves.toEqual({
      ok: false,
      error: 'no handler for page/status here',
    });
    await expect(handle(42, undefined)).resolves.toMatchObject({ ok: false });
  });
});

describe('createSender', () => {
  it('sends { type, payload } and returns the answer', async () => {
    const sent: Message[] = [];
    const send = createSender(async (message) => {
      sent.push(message);
      return { ok: true, value: summary };
    });
    await expect(send('article/summary', {})).resolves.toEqual({ ok: true, value: summary });
    expect(sent).toEqual([{ type: 'article/summary', payload: {} }]);
  });

  it('turns transport failures and non-results into errors', async () => {
    const noReceiver = createSender(() => Promise.reject(new Error('Receiving end does not exist.')));
    await expect(noReceiver('page/status', { tabId: 1 })).resolves.toEqual({
      ok: false,
      error: 'page/status: Receiving end does not exist.',
    });
    const silent = createSender(async () => undefined);
    await expect(silent('page/status', { tabId: 1 })).resolves.toMatchObject({ ok: false, error: /no valid answer/ });
    const odd = createSender(async () => ({ ok: false }));
    await expect(odd('page/status', { tabId: 1 })).resolves.toMatchObject({ ok: false });
  });

  it('round-trips through a handler', async () => {
    const handle = createMessageHandler<undefined>({ 'article/summary': () => summary });
    const send = createSender((message) => handle(message, undefined));
    await expect(send('article/summary', {})).resolves.toEqual({ ok: true, value: summary });
  });
});
