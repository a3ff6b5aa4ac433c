import { describe, expect, it } from 'vitest';
import { createEditorTokens } from '@/entrypoints/background/editor-tokens';
import type { SenderContext } from '@/entrypoints/background/sender';

const TOKEN = 'ab'.repeat(16);
const contentIn = (tabId: number): SenderContext => ({ kind: 'content-script', tabId, pageUrl: 'https://news.example/a' });
const frameIn = (tabId?: number): SenderContext => ({ kind: 'extension-page', tabId });

describe('editor frame tokens', () => {
  it('vouch once for a frame in the tab whose content script registered the token', () => {
    const tokens = createEditorTokens();
    tokens.register(TOKEN, contentIn(3));
    expect(tokens.claim(TOKEN, frameIn(3))).toBe(true);
    expect(tokens.claim(TOKEN, frameIn(3)), 'a second claim').toBe(false);
  });

  it('refuse a token nobody registered, one from another tab, and claims from content scripts', () => {
    const tokens = createEditorTokens();
    expect(tokens.claim(TOKEN, frameIn(3))).toBe(false);
    tokens.register(TOKEN, contentIn(3));
    expect(tokens.claim(TOKEN, frameIn(4))).toBe(false);
    tokens.register(TOKEN, contentIn(3));
    expect(tokens.claim(TOKEN, contentIn(3))).toBe(false);
    expect(tokens.claim(TOKEN, frameIn(3)), 'a refused claim uses the token up').toBe(false);
  });

  it('take registrations only from content scripts in a tab', () => {
    const tokens = createEditorTokens();
    expect(() => tokens.register(TOKEN, frameIn(3))).toThrow(/content script/);
    expect(() => tokens.register(TOKEN, { kind: 'content-script', pageUrl: null })).toThrow(/content script/);
  });

  it('keep at most 256 pending tokens, dropping the oldest', () => {
    const tokens = createEditorTokens();
    const token = (i: number) => i.toString(16).padStart(32, '0');
    for (let i = 0; i < 300; i++) tokens.register(token(i), contentIn(1));
    expect(tokens.claim(token(0), frameIn(1))).toBe(false);
    expect(tokens.claim(token(299), frameIn(1))).toBe(true);
    expect(tokens.claim(token(44), frameIn(1))).toBe(true);
  });
});
