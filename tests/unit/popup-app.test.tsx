// @vitest-environment happy-dom
/**
 * The popup against the real background handler (fake-indexeddb storage) and a fake content script: what the
 * reader sees listed, and what ends up stored after clicking.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeApi } from '@/entrypoints/background/badge';
import { createBackgroundHandler } from '@/entrypoints/background/handler';
import { createTabStatusStore } from '@/entrypoints/background/tab-status';
import type { ExportFile } from '@/entrypoints/popup/export-files';
import type { PopupDeps } from '@/entrypoints/popup/popup-deps';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { getPage, openGlossDb, type GlossDb } from '@/lib/db';
import { parseImport } from '@/lib/export';
import {
  createMessageHandler,
  createSender,
  type AnchorReport,
  type Handlers,
  type Message,
  type Send,
  type Suggestion,
} from '@/lib/messages';
import type { Annotation } from '@/lib/model/annotation';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';
import { storedAnnotation, storedAnnotations } from '../helpers/stored-annotations';

const STORY = 'https://news.example.com/2026/03/story';
const TAB = 7;
const summary = { title: 'Ferries on trial', siteName: 'Example News', published: '2026-03-14', byline: null, wordCount: 900, url: STORY };

let db: GlossDb;
let background: Send;
let root: HTMLElement | null = null;

beforeEach(async () => {
  db = await openGlossDb(new IDBFactory());
  const badge: BadgeApi = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const handle = createBackgroundHandler({ store: createTabStatusStore(), badge, db: async () => db });
  const tab = createSender((m) => handle(structuredClone(m), { kind: 'content-script', tabId: TAB, pageUrl: `${STORY}?utm_source=x` }));
  await tab('page/detected', { url: `${STORY}?utm_source=x`, detection: { isArticle: true, score: 1, reasons: [] }, summary });
  background = createSender((m) => handle(structuredClone(m), { kind: 'extension-page' }));
  return () => db.close();
});

afterEach(() => {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = null;
});

/** A content script that answers what `handlers` handle; `null` stands for a page without one. */
function fakePage(handlers: Handlers<undefined> | null) {
  const received: Message[] = [];
  const handle = handlers && createMessageHandler<undefined>(handlers);
  const send = createSender(async (message) => {
    received.push(message);
    if (!handle) throw new Error('Could not establish connection. Receiving end does not exist.');
    return handle(structuredClone(message), undefined);
  });
  return { send, received, sent: (type: string) => received.filter((m) => m.type === type).map((m) => m.payload) };
}

function mount(page: ReturnType<typeof fakePage>, overrides: Partial<PopupDeps> = {}) {
  const deps: PopupDeps = {
    toBackground: background,
    toTab: (tabId) => {
      expect(tabId).toBe(TAB);
      return page.send;
    },
    targetTabId: async () => TAB,
    download: vi.fn(async () => {}),
    copyText: vi.fn(async () => {}),
    openLibrary: vi.fn(async () => {}),
    closeWindow: vi.fn(),
    generator: 'Gloss test',
    now: () => new Date('2026-03-15T10:00:00.000Z'),
    statusRetries: { times: 0, ms: 0 },
    ...overrides,
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<PopupApp deps={deps} />, root!));
  const all = (id: string, within: ParentNode = root!) => [...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const need = (id: string) => {
    const found = all(id)[0];
    if (!found) throw new Error(`no [data-testid="${id}"]; text: ${root!.textContent?.slice(0, 300)}`);
    return found;
  };
  const click = (el: HTMLElement) => act(() => el.click());
  const rowIds = (within: ParentNode = root!) => all('annotation-row', within).map((row) => row.dataset.id);
  return { deps, all, need, click, rowIds, text: (id: string) => need(id).textContent };
}

async function store(...annotations: Annotation[]): Promise<Annotation[]> {
  const saved: Annotation[] = [];
  for (const annotation of annotations) {
    const answer = await background('annotation/save', { annotation });
    if (!answer.ok) throw new Error(answer.error);
    saved.push(answer.value);
  }
  return saved;
}

const at = (minute: number) => `2026-03-14T09:${String(minute).padStart(2, '0')}:00.000Z`;

describe('the popup’s list of annotations', () => {
  it('lists them in reading order, with orphans apart under “not found on this page”', async () => {
    const [first, second, lost] = await store(
      makeAnnotation({ created: at(1), updated: at(1), exact: 'made first, read second' }),
      makeClaim({ created: at(2), updated: at(2), exact: 'made second, read first', verdict: 'false', creator: 'omar' }),
      makeAnnotation({ kind: 'note', speaker: null, created: at(3), updated: at(3), exact: 'gone from the article' }),
    );
    const report: AnchorReport = {
      url: STORY,
      entries: [
        { id: second!.id, state: 'anchored', position: 10 },
        { id: first!.id, state: 'anchored', position: 500 },
        { id: lost!.id, state: 'orphan', position: null },
      ],
    };
    const ui = mount(fakePage({ 'page/anchors': () => report, 'page/suggestions': () => [] }));
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(3));

    expect(ui.text('article-title')).toBe('Ferries on trial');
    const list = ui.need('annotation-list');
    expect(ui.rowIds(list)).toEqual([second!.id, first!.id]);
    const orphans = ui.need('orphans');
    expect(orphans.querySelector('h3')?.textContent).toMatch(/not found on this page/i);
    expect(ui.rowIds(orphans)).toEqual([lost!.id]);

    const firstRow = ui.all('annotation-row', list)[0]!;
    expect(firstRow.querySelector('[data-testid="kind-badge"]')?.textContent).toBe('Claim');
    expect(firstRow.querySelector('[data-testid="annotation-text"]')?.textContent).toBe('made second, read first');
    expect(firstRow.querySelector('[data-testid="annotation-verdict"]')?.textContent).toBe('False');
    expect(firstRow.querySelector('[data-testid="annotation-speaker"]')?.textContent).toBe('Jane Doe, Minister of Energy');
    // A synced annotation says who made it (a colleague's, on a desk); one never synced has no creator to show.
    expect(firstRow.querySelector('[data-testid="annotation-creator"]')?.textContent).toBe('by omar');
    expect(ui.all('annotation-row', list)[1]!.querySelector('[data-testid="annotation-creator"]')).toBeNull();
  });

  it('lists them in stored order when the page has no content script, and says so', async () => {
    const saved = await store(makeAnnotation({ created: at(1), updated: at(1) }), makeAnnotation({ created: at(2), updated: at(2) }));
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.rowIds()).toEqual(saved.map((a) => a.id)));
    expect(ui.all('orphans')).toHaveLength(0);
    expect(ui.text('annotations-stored-order')).toMatch(/order they were made/);
    expect(ui.text('suggestions-unavailable')).toMatch(/No suggestions/);
    for (const id of ['annotate-quote', 'annotate-claim', 'annotate-note', 'open-reader']) {
      expect((ui.need(id) as HTMLButtonElement).disabled, id).toBe(true);
    }
  });

  it('says Gloss is off on a site listed in the settings, rather than "not checked"', async () => {
    const ui = mount(fakePage(null), { offSite: async (tabId) => (tabId === TAB ? 'example.com' : null) });
    await vi.waitFor(() => expect(ui.text('site-off')).toMatch(/Gloss is off on example\.com/));
    expect(ui.all('unchecked')).toHaveLength(0);
  });

  it("turns Gloss off on the page's site, and back on (closing the popup: the page reloads)", async () => {
    const switchSite = vi.fn(async (_tabId: number, off: boolean, site?: string) => (off ? new URL(STORY).hostname : site!));
    const ui = mount(fakePage(null), { switchSite });
    await vi.waitFor(() => ui.need('site-off-button'));
    ui.click(ui.need('site-off-button'));
    await vi.waitFor(() => expect(ui.text('site-off')).toMatch(new RegExp(`Gloss is off on ${new URL(STORY).hostname}`)));
    expect(switchSite).toHaveBeenCalledWith(TAB, true, undefined);
    expect(ui.all('annotations'), 'nothing of the page is shown').toHaveLength(0);

    ui.click(ui.need('site-on'));
    await vi.waitFor(() => expect(ui.deps.closeWindow).toHaveBeenCalled());
    expect(switchSite).toHaveBeenLastCalledWith(TAB, false, new URL(STORY).hostname);
  });

  it('truncates long text in a row', async () => {
    await store(makeAnnotation({ exact: `${'word '.repeat(100)}end` }));
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(1));
    const shown = ui.text('annotation-text')!;
    expect(shown.length).toBeLessThanOrEqual(141);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('deleting with undo', () => {
  it('deletes at once, offers Undo, and Undo restores the same annotation', async () => {
    const [kept, doomed] = await store(makeAnnotation({ created: at(1), updated: at(1) }), makeClaim({ created: at(2), updated: at(2) }));
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(2));

    const row = ui.all('annotation-row').find((r) => r.dataset.id === doomed!.id)!;
    ui.click(row.querySelector<HTMLElement>('[data-testid="annotation-delete"]')!);
    await vi.waitFor(() => expect(ui.rowIds()).toEqual([kept!.id]));
    expect((await background('annotations/forPage', { url: STORY })).ok && (await storedAnnotation(db, doomed!.id))).toBeUndefined();
    expect(ui.text('undo-toast')).toMatch(/deleted/i);

    ui.click(ui.need('undo-button'));
    await vi.waitFor(() => expect(ui.rowIds()).toEqual([kept!.id, doomed!.id]));
    const listed = await background('annotations/forPage', { url: STORY });
    expect(listed.ok && listed.value.find((a) => a.id === doomed!.id)).toEqual(doomed);
    expect(ui.all('undo-toast')).toHaveLength(0);
  });

  it('stops offering Undo after the time is up', async () => {
    await store(makeAnnotation());
    const ui = mount(fakePage(null), { undoMs: 50 });
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(1));
    ui.click(ui.need('annotation-delete'));
    await vi.waitFor(() => expect(ui.all('undo-toast')).toHaveLength(1));
    await vi.waitFor(() => expect(ui.all('undo-toast')).toHaveLength(0));
    expect(await storedAnnotations(db)).toEqual([]);
  });
});

describe('editing from the popup', () => {
  it('a click reveals the annotation on the page and opens the editor; Save stores the change', async () => {
    const [quote] = await store(makeAnnotation({ speaker: null }));
    const page = fakePage({
      'page/anchors': () => ({ url: STORY, entries: [{ id: quote!.id, state: 'anchored', position: 3 }] }),
      'annotation/reveal': () => true,
    });
    const ui = mount(page);
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(1));
    ui.click(ui.need('annotation-open'));
    expect(page.sent('annotation/reveal')).toEqual([{ id: quote!.id }]);
    expect(ui.need('editor-exact').textContent).toBe(quote!.exact);

    act(() => {
      const name = ui.need('editor-speaker-name') as HTMLInputElement;
      name.value = 'Ali Akbar Velayati';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    ui.click(ui.need('editor-save'));
    await vi.waitFor(() => expect(ui.all('annotation-editor')).toHaveLength(0));
    await vi.waitFor(() => expect(ui.text('annotation-speaker')).toBe('Ali Akbar Velayati'));
    expect((await storedAnnotation(db, quote!.id))?.speaker).toEqual({ name: 'Ali Akbar Velayati', role: null });
  });

  it('wires autocomplete to the speakers recorded before', async () => {
    await store(makeAnnotation({ speaker: { name: 'Javad Zarif', role: 'foreign minister' } }));
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(1));
    ui.click(ui.need('annotation-open'));
    act(() => {
      const name = ui.need('editor-speaker-name') as HTMLInputElement;
      name.value = 'zar';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(ui.need('editor-speaker-name-options').querySelector('.option-label')?.textContent).toBe('Javad Zarif'));
    expect(ui.need('editor-speaker-name-options').querySelector('.option-detail')?.textContent).toBe('foreign minister');
  });

  it('“Quote from selection” asks the page, then opens the editor on its answer', async () => {
    const fromPage = makeAnnotation({ speaker: null, exact: 'the selected words', pageUrl: STORY });
    const page = fakePage({
      'page/anchors': () => ({ url: STORY, entries: [] }),
      // The page makes the annotation and stores nothing: the popup's editor saves it.
      'selection/annotate': ({ kind }) => ({ ...fromPage, kind }),
    });
    const ui = mount(page);
    await vi.waitFor(() => expect(ui.all('annotations-empty')).toHaveLength(1));
    ui.click(ui.need('annotate-claim'));
    await vi.waitFor(() => expect(ui.all('annotation-editor')).toHaveLength(1));
    expect(page.sent('selection/annotate')).toEqual([{ kind: 'claim', editor: 'caller' }]);
    expect(await storedAnnotation(db, fromPage.id), 'nothing is stored before Save').toBeFalsy();
    expect(ui.need('editor-exact').textContent).toBe('the selected words');
    expect((ui.need('editor-kind-claim') as HTMLInputElement).checked).toBe(true);
    act(() => {
      const verdict = ui.need('editor-verdict') as HTMLSelectElement;
      verdict.value = 'supported';
      verdict.dispatchEvent(new Event('change', { bubbles: true }));
    });
    ui.click(ui.need('editor-save'));
    await vi.waitFor(() => expect(ui.text('annotation-verdict')).toBe('Supported'));
    expect((await storedAnnotation(db, fromPage.id))?.verdict).toBe('supported');
  });

  it('Cancel on a new annotation from the selection stores nothing', async () => {
    const fromPage = makeAnnotation({ speaker: null, exact: 'the selected words', pageUrl: STORY });
    const page = fakePage({
      'page/anchors': () => ({ url: STORY, entries: [] }),
      'selection/annotate': ({ kind }) => ({ ...fromPage, kind }),
    });
    const ui = mount(page);
    await vi.waitFor(() => expect(ui.all('annotations-empty')).toHaveLength(1));
    ui.click(ui.need('annotate-quote'));
    await vi.waitFor(() => expect(ui.all('annotation-editor')).toHaveLength(1));
    ui.click(ui.need('editor-cancel'));
    await vi.waitFor(() => expect(ui.all('annotation-editor')).toHaveLength(0));
    expect(await storedAnnotation(db, fromPage.id)).toBeFalsy();
    expect(ui.all('annotations-empty')).toHaveLength(1);
  });

  it('says so when nothing is selected', async () => {
    const ui = mount(fakePage({ 'page/anchors': () => ({ url: STORY, entries: [] }), 'selection/annotate': () => null }));
    await vi.waitFor(() => expect(ui.all('annotations-empty')).toHaveLength(1));
    ui.click(ui.need('annotate-quote'));
    await vi.waitFor(() => expect(ui.text('popup-notice')).toMatch(/Select some text/));
    expect(ui.all('annotation-editor')).toHaveLength(0);
  });
});

describe('suggestions', () => {
  const suggestion = (id: string, name: string, state: Suggestion['state'] = 'open'): Suggestion => ({
    id,
    kind: 'quote',
    text: `words of ${name}`,
    speaker: { name, role: null },
    cue: 'said',
    confidence: 0.9,
    state,
  });

  it('lists open suggestions, decides them through the page, and counts people quoted', async () => {
    await store(makeAnnotation({ speaker: { name: 'Jane Doe', role: null } }));
    let suggestions = [suggestion('s1', 'Jane  doe'), suggestion('s2', 'Bob Roe'), suggestion('s3', 'Old News', 'dismissed')];
    const page = fakePage({
      'page/suggestions': () => suggestions,
      'suggestion/decide': ({ id, accept }) => {
        suggestions = suggestions.map((s) => (s.id === id ? { ...s, state: accept ? 'accepted' : 'dismissed' } : s));
        return null;
      },
    });
    const ui = mount(page);
    await vi.waitFor(() => expect(ui.all('suggestion')).toHaveLength(2));
    const people = () => ui.all('person').map((p) => p.textContent);
    expect(people()).toEqual(['Jane Doe 2', 'Bob Roe 1']);

    const bob = ui.all('suggestion').find((s) => s.dataset.id === 's2')!;
    ui.click(bob.querySelector<HTMLElement>('[data-testid="suggestion-dismiss"]')!);
    await vi.waitFor(() => expect(ui.all('suggestion')).toHaveLength(1));
    expect(page.sent('suggestion/decide')).toEqual([{ id: 's2', accept: false }]);
    expect(people()).toEqual(['Jane Doe 2']);
  });

  it('Accept opens the editor with the speaker filled in; only its Save stores the quote', async () => {
    const draft = makeAnnotation({
      id: 'drafted-1',
      exact: 'words of Ines Barrow',
      speaker: { name: 'Ines Barrow', role: 'Councillor' },
      pageUrl: STORY,
    });
    const page = fakePage({
      'page/anchors': () => ({ url: STORY, entries: [] }),
      'page/suggestions': () => [suggestion('s1', 'Ines Barrow')],
      'suggestion/decide': ({ accept, editor }) => (accept && editor === 'caller' ? draft : null),
    });
    const ui = mount(page);
    await vi.waitFor(() => expect(ui.all('suggestion')).toHaveLength(1));
    ui.click(ui.all('suggestion')[0]!.querySelector<HTMLElement>('[data-testid="suggestion-accept"]')!);
    await vi.waitFor(() => expect(ui.all('annotation-editor')).toHaveLength(1));
    expect(page.sent('suggestion/decide')).toEqual([{ id: 's1', accept: true, editor: 'caller' }]);
    expect((ui.need('editor-speaker-name') as HTMLInputElement).value).toBe('Ines Barrow');
    expect(await storedAnnotation(db, draft.id), 'nothing is stored before Save').toBeFalsy();
    ui.click(ui.need('editor-save'));
    await vi.waitFor(async () => expect((await storedAnnotation(db, draft.id))?.speaker?.name).toBe('Ines Barrow'));
  });

  it('shows the first five and the rest on request', async () => {
    const many = Array.from({ length: 8 }, (_, i) => suggestion(`s${i}`, `Person ${i}`));
    const ui = mount(fakePage({ 'page/suggestions': () => many }));
    await vi.waitFor(() => expect(ui.all('suggestion')).toHaveLength(5));
    expect(ui.text('suggestions-toggle')).toBe('Show all 8 suggestions');
    ui.click(ui.need('suggestions-toggle'));
    expect(ui.all('suggestion')).toHaveLength(8);
  });

  it('says it is still looking while the page has not answered, not that there are none', async () => {
    let answer: (list: Suggestion[]) => void = () => {};
    const pending = new Promise<Suggestion[]>((resolve) => (answer = resolve));
    const ui = mount(fakePage({ 'page/anchors': () => ({ url: STORY, entries: [] }), 'page/suggestions': () => pending }));
    await vi.waitFor(() => expect(ui.text('suggestions-loading')).toMatch(/Looking for quotes and claims/));
    expect(ui.all('suggestions-unavailable')).toHaveLength(0);
    expect(ui.all('suggestions-empty')).toHaveLength(0);

    await act(async () => answer([suggestion('s1', 'Ines Barrow')]));
    await vi.waitFor(() => expect(ui.all('suggestion')).toHaveLength(1));
    expect(ui.all('suggestions-loading')).toHaveLength(0);
  });
});

describe('export and page actions', () => {
  it('downloads this page as JSON-LD that Gloss can import again', async () => {
    const [claim] = await store(makeClaim({ pageUrl: STORY }));
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(1));
    ui.click(ui.need('export-jsonld'));
    await vi.waitFor(() => expect(ui.deps.download).toHaveBeenCalledOnce());
    const file = vi.mocked(ui.deps.download).mock.calls[0]![0] as ExportFile;
    expect(file.filename).toBe('gloss-2026-03-15-ferries-on-trial.jsonld');
    const imported = parseImport(file.text);
    expect(imported.ok && imported.value.annotations).toEqual([claim]);
    expect(imported.ok && imported.value.pages.map((p) => [p.url, p.title])).toEqual([[STORY, 'Ferries on trial']]);
    // The page's first and last seen are the stored record's (not the moment of export), so the file re-imports
    // into the same library.
    const stored = await getPage(db, STORY);
    expect(imported.ok && imported.value.pages.map((p) => [p.firstSeen, p.lastSeen])).toEqual([[stored!.firstSeen, stored!.lastSeen]]);
    await vi.waitFor(() => expect(ui.text('popup-notice')).toMatch(/Downloaded gloss-2026-03-15-ferries-on-trial\.jsonld/));
  });

  it('builds Markdown, CSV and ClaimReview files and copies Markdown', async () => {
    await store(makeClaim({ exact: 'Unemployment fell', verdict: 'false' }));
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.all('annotation-row')).toHaveLength(1));
    for (const kind of ['markdown', 'csv', 'claimreview']) ui.click(ui.need(`export-${kind}`));
    await vi.waitFor(() => expect(ui.deps.download).toHaveBeenCalledTimes(3));
    const files = vi.mocked(ui.deps.download).mock.calls.map(([file]) => file as ExportFile);
    expect(files.map((f) => f.filename)).toEqual([
      'gloss-2026-03-15-ferries-on-trial.md',
      'gloss-2026-03-15-ferries-on-trial.csv',
      'gloss-2026-03-15-ferries-on-trial-claimreview.jsonld',
    ]);
    expect(files[0]!.text).toContain('Unemployment fell');
    expect(JSON.parse(files[2]!.text)['@graph'][0].claimReviewed).toBe('Unemployment fell');
    ui.click(ui.need('export-copy-markdown'));
    await vi.waitFor(() => expect(ui.deps.copyText).toHaveBeenCalledWith(files[0]!.text));
  });

  it('offers no ClaimReview without a claim verdict, and no export without annotations', async () => {
    const ui = mount(fakePage(null));
    await vi.waitFor(() => expect(ui.all('annotations-empty')).toHaveLength(1));
    expect((ui.need('export-jsonld') as HTMLButtonElement).disabled).toBe(true);
    expect((ui.need('export-claimreview') as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens the reader view in the tab and closes the popup; opens the library', async () => {
    const page = fakePage({ 'page/anchors': () => ({ url: STORY, entries: [] }), 'reader/open': () => null });
    const ui = mount(page);
    await vi.waitFor(() => expect((ui.need('open-reader') as HTMLButtonElement).disabled).toBe(false));
    ui.click(ui.need('open-reader'));
    await vi.waitFor(() => expect(ui.deps.closeWindow).toHaveBeenCalledOnce());
    expect(page.sent('reader/open')).toEqual([{ open: true, anyway: false }]);
    ui.click(ui.need('open-library'));
    expect(ui.deps.openLibrary).toHaveBeenCalledOnce();
  });

  it('keeps the popup open and says why when the reader view can’t open', async () => {
    const ui = mount(
      fakePage({
        'page/anchors': () => ({ url: STORY, entries: [] }),
        'reader/open': () => {
          throw new Error('not an article');
        },
      }),
    );
    await vi.waitFor(() => expect((ui.need('open-reader') as HTMLButtonElement).disabled).toBe(false));
    ui.click(ui.need('open-reader'));
    await vi.waitFor(() => expect(ui.text('popup-notice')).toMatch(/Couldn't open the reader view/));
    expect(ui.deps.closeWindow).not.toHaveBeenCalled();
  });
});
