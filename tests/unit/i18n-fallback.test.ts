import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as unknown;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('when the browser gives an extension page no messages', () => {
  it('the page reads the English file and fills placeholders as the browser does', async () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    const fetched = vi.fn(async () => new Response(JSON.stringify(english)));
    vi.stubGlobal('fetch', fetched);
    const { t, whenMessagesReady } = await import('@/components/i18n');
    expect(t('speakerWithRole', 'Ines Barrow', 'councillor')).toBe('speakerWithRole');
    await whenMessagesReady();
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(t('speakerWithRole', 'Ines Barrow', 'councillor')).toBe('Ines Barrow, councillor');
    expect(t('kindFromSelection', 'Note')).toBe('Note from selection');
  });

  it('reads nothing when the browser has the messages', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);
    const { t, whenMessagesReady } = await import('@/components/i18n');
    await whenMessagesReady();
    expect(fetched).not.toHaveBeenCalled();
    expect(t('speakerWithRole', 'Ines Barrow', 'councillor')).toBe('Ines Barrow, councillor');
  });
});
