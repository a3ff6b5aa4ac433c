/**
 * The reader view's lifecycle on the page: opens over the live page in a closed shadow root, remembers the
 * typography settings, hosts the "People quoted" list (the editor card floats over it: frame-editor.ts). Highlights are painted by the
 * caller through `painter()` once the article body is mounted.
 */
import { ReaderView } from '@/components/reader/ReaderView';
import { safeImageUrl, sanitizeArticleHtml } from '@/components/reader/sanitize';
import { READER_CSS } from '@/components/reader/styles';
import type { Article } from '@/lib/cleaner';
import { LEGACY_READER_SETTINGS_KEY, readerSettingsFrom, withReaderSettings, type ReaderSettings } from '@/lib/highlight/reader-settings';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import type { PersonCount } from '@/lib/highlight/people-quoted';
import type { LocalArea } from './local-area';
import { createMarkPainter, type Painter } from './painter';
import { createShadowHost, type ShadowHost } from './ui-host';

export interface ReaderHooks {
  /** The article body is in place: paint highlights, listen for selections and hovers on `root`. */
  onReady(painter: Painter, root: ShadowRoot): void;
  onClosed(): void;
}

export interface Reader {
  readonly isOpen: boolean;
  open(article: Article): Promise<void>;
  close(): void;
  painter(): Painter | null;
  root(): ShadowRoot | null;
  setPeople(people: PersonCount[]): void;
}

export function createReader(doc: Document, storage: LocalArea, hooks: ReaderHooks): Reader {
  let host: ShadowHost | null = null;
  let painter: Painter | null = null;
  let settings: ReaderSettings = { ...DEFAULT_SETTINGS.reader };
  let people: PersonCount[] = [];
  let article: Article | null = null;
  let body: DocumentFragment | null = null;
  let returnFocus: Element | null = null;

  // Saved into Gloss's settings, read fresh just before: the other settings (sites, auto-open) may have changed.
  const changeSettings = (next: ReaderSettings) => {
    settings = next;
    draw();
    void storage
      .get(SETTINGS_KEY)
      .then((stored) => storage.set({ [SETTINGS_KEY]: withReaderSettings(stored[SETTINGS_KEY], next) }))
      .catch((error: unknown) => console.warn('Gloss: settings not saved', error));
  };

  const draw = () => {
    if (!host || !article || !body) return;
    host.render(
      <ReaderView
        article={{ ...article, leadImage: safeImageUrl(article.leadImage) }}
        body={body}
        onBodyMount={(element) => {
          painter = createMarkPainter(element);
          hooks.onReady(painter, host!.root);
        }}
        settings={settings}
        onSettingsChange={changeSettings}
        people={people}
        onClose={() => reader.close()}
      />,
    );
  };

  const reader: Reader = {
    get isOpen() {
      return host !== null;
    },
    async open(next) {
      if (host) return;
      const read = (key: string) => storage.get(key).catch((): Record<string, unknown> => ({}));
      const [current, legacy] = await Promise.all([read(SETTINGS_KEY), read(LEGACY_READER_SETTINGS_KEY)]);
      settings = readerSettingsFrom({ ...legacy, ...current });
      if (host) return; // opened meanwhile by another request
      article = next;
      body = sanitizeArticleHtml(next.contentHtml, doc);
      returnFocus = doc.activeElement;
      host = createShadowHost(doc, 'reader', READER_CSS);
      host.place({ inset: true });
      draw();
      host.root.querySelector<HTMLElement>('.reader')?.focus();
    },
    close() {
      if (!host) return;
      host.destroy();
      host = null;
      painter = null;
      body = null;
      if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
      hooks.onClosed();
    },
    painter: () => painter,
    root: () => host?.root ?? null,
    setPeople(next) {
      people = next;
      draw();
    },
  };
  return reader;
}
