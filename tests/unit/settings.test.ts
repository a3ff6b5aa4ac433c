import { describe, expect, it } from 'vitest';
import {
  addDisabledSite,
  DEFAULT_SETTINGS,
  defaultSettings,
  disabledSiteFor,
  isSiteDisabled,
  parseHostname,
  parseSettings,
  removeDisabledSite,
  SETTINGS_KEY,
} from '@/lib/settings';

describe('settings', () => {
  it('defaults: readable serif text, light theme, reader view off, Gloss on everywhere', () => {
    expect(SETTINGS_KEY).toBe('gloss:settings');
    expect(parseSettings(undefined)).toEqual({
      reader: { fontSize: 19, font: 'serif', width: 70, theme: 'light' },
      autoOpenReader: false,
      disabledSites: [],
    });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what is valid and falls back field by field', () => {
    const stored = {
      reader: { fontSize: 99, font: 'comic', width: 52.4, theme: 'sepia' },
      autoOpenReader: 'yes',
      disabledSites: ['WWW.Example.com', 'not a site', 7, 'news.example.org'],
      extra: 1,
    };
    expect(parseSettings(stored)).toEqual({
      reader: { fontSize: 32, font: 'serif', width: 52, theme: 'sepia' },
      autoOpenReader: false,
      disabledSites: ['example.com', 'news.example.org'],
    });
    expect(parseSettings({ reader: null, autoOpenReader: true })).toEqual({ ...DEFAULT_SETTINGS, autoOpenReader: true });
  });

  it('site names: what people paste becomes a hostname, nonsense is refused with a reason', () => {
    expect(parseHostname(' https://www.BBC.co.uk/news/world ')).toEqual({ ok: true, value: 'bbc.co.uk' });
    expect(parseHostname('example.com.')).toEqual({ ok: true, value: 'example.com' });
    expect(parseHostname('localhost')).toEqual({ ok: true, value: 'localhost' });
    expect(parseHostname('münchen.de')).toEqual({ ok: true, value: 'xn--mnchen-3ya.de' });
    expect(parseHostname('')).toEqual({ ok: false, error: 'Enter a site, e.g. example.com' });
    expect(parseHostname('nodots')).toMatchObject({ ok: false, error: expect.stringContaining('expected something like example.com') });
    expect(parseHostname('bad host!.com')).toMatchObject({ ok: false });
  });

  it('a listed site covers its subdomains, not look-alikes', () => {
    const settings = { ...defaultSettings(), disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'news.Example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
    expect(isSiteDisabled(settings, 'example.com.evil.org')).toBe(false);
    expect(disabledSiteFor(settings, 'www.news.example.com.')).toBe('example.com');
    expect(disabledSiteFor(settings, 'example.org')).toBeNull();
  });

  it('adding and removing sites keeps the list sorted and without duplicates', () => {
    let settings = defaultSettings();
    for (const site of ['b.example', 'https://a.example/x', 'www.b.example']) {
      const next = addDisabledSite(settings, site);
      if (!next.ok) throw new Error(next.error);
      settings = next.value;
    }
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(addDisabledSite(settings, '???')).toMatchObject({ ok: false });
    expect(removeDisabledSite(settings, 'a.example').disabledSites).toEqual(['b.example']);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
