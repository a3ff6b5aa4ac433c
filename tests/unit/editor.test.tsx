// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationEditor, type AnnotationEditorProps } from '@/components/editor/AnnotationEditor';
import { parseTags } from '@/components/editor/editor-draft';
import type { Annotation, Source, Speaker } from '@/lib/model/annotation';
import { annotationSchema } from '@/lib/model/schema';
import * as v from 'valibot';
import { makeAnnotation, makeClaim } from '../fixtures/db/annotations';

let root: HTMLElement | null = null;

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function mount(overrides: Partial<AnnotationEditorProps> & { annotation: Annotation }) {
  root = document.createElement('div');
  document.body.append(root);
  const props: AnnotationEditorProps = {
    suggestSpeakers: vi.fn(async (): Promise<Speaker[]> => []),
    suggestSources: vi.fn(async (): Promise<Source[]> => []),
    onSave: vi.fn(),
    onCancel: vi.fn(),
    onDelete: vi.fn(),
    ...overrides,
  };
  act(() => render(<AnnotationEditor {...props} />, root!));
  const el = <T extends HTMLElement = HTMLElement>(id: string) => root!.querySelector<T>(`[data-testid="${id}"]`);
  const need = <T extends HTMLElement = HTMLElement>(id: string) => {
    const found = el<T>(id);
    if (!found) throw new Error(`no [data-testid="${id}"] in ${root!.textContent?.slice(0, 400)}`);
    return found;
  };
  const type = (id: string, value: string) =>
    act(() => {
      const input = need<HTMLInputElement>(id);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const choose = (id: string, value: string) =>
    act(() => {
      const select = need<HTMLSelectElement>(id);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const click = (id: string) => act(() => need(id).click());
  const save = () => click('editor-save');
  const saved = () => (props.onSave as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0] as Annotation | undefined;
  return { props, el, need, type, choose, click, save, saved };
}

describe('AnnotationEditor: quotes', () => {
  it('shows the exact text read-only and saves speaker, role, comment and tags', () => {
    const quote = makeAnnotation({ exact: 'We will not back down', speaker: null, tags: [] });
    const ui = mount({ annotation: quote });
    expect(ui.need('editor-exact').textContent).toBe('We will not back down');
    expect(ui.need('editor-exact').tagName).toBe('BLOCKQUOTE');
    expect(ui.el('editor-verdict')).toBeNull();
    expect(ui.el('editor-sources')).toBeNull();

    ui.type('editor-speaker-name', '  Jane   Doe ');
    ui.type('editor-speaker-role', 'Minister of Energy');
    ui.type('editor-comment', 'Said twice.');
    ui.type('editor-tags', 'energy, Policy,, energy ');
    ui.save();

    expect(ui.saved()).toEqual({
      ...quote,
      speaker: { name: 'Jane Doe', role: 'Minister of Energy' },
      comment: 'Said twice.',
      tags: ['energy', 'Policy'],
    });
    expect(v.is(annotationSchema, ui.saved())).toBe(true);
  });

  it('asks for a name when only a role is given, and saves nothing', () => {
    const ui = mount({ annotation: makeAnnotation({ speaker: null }) });
    ui.type('editor-speaker-role', 'spokesperson');
    ui.save();
    expect(ui.props.onSave).not.toHaveBeenCalled();
    expect(ui.need('editor-speaker-name-error').textContent).toMatch(/Add a name/);
    expect(ui.need('editor-speaker-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves no speaker when the name is cleared', () => {
    const ui = mount({ annotation: makeAnnotation() });
    ui.type('editor-speaker-name', '');
    ui.type('editor-speaker-role', '');
    ui.save();
    expect(ui.saved()?.speaker).toBeNull();
  });
});

describe('AnnotationEditor: claims', () => {
  it('edits claimant, verdict and sources and saves them in the model’s shape', () => {
    const claim = makeClaim({ speaker: null, verdict: 'unverified', sources: [] });
    const ui = mount({ annotation: claim });
    expect(ui.need('editor-speaker-name').closest('.field')?.querySelector('label')?.textContent).toBe('Claimant');
    ui.type('editor-speaker-name', 'Office for Statistics');
    ui.choose('editor-verdict', 'misleading');
    ui.click('editor-add-source');
    ui.type('editor-source-0-url', 'https://stats.example.org/2025');
    ui.type('editor-source-0-title', 'Labour market 2025');
    ui.type('editor-source-0-publisher', 'Statistics Office');
    ui.type('editor-source-0-date', '2026-01-20');
    ui.choose('editor-source-0-stance', 'disputes');
    ui.click('editor-add-source');
    ui.type('editor-source-1-url', 'http://example.com/context');
    ui.choose('editor-source-1-stance', 'context');
    ui.save();

    expect(ui.saved()).toEqual({
      ...claim,
      speaker: { name: 'Office for Statistics', role: null },
      verdict: 'misleading',
      sources: [
        {
          url: 'https://stats.example.org/2025',
          title: 'Labour market 2025',
          publisher: 'Statistics Office',
          date: '2026-01-20',
          stance: 'disputes',
        },
        { url: 'http://example.com/context', title: null, publisher: null, date: null, stance: 'context' },
      ],
    });
  });

  it('refuses links that are not http(s) and bad dates, with a message at the field', () => {
    const ui = mount({ annotation: makeClaim({ sources: [] }) });
    ui.click('editor-add-source');
    ui.type('editor-source-0-url', 'javascript:alert(1)');
    ui.type('editor-source-0-date', '2026-02-30');
    ui.save();
    expect(ui.props.onSave).not.toHaveBeenCalled();
    expect(ui.need('editor-source-0-url-error').textContent).toMatch(/http:\/\/ or https:\/\//);
    expect(ui.need('editor-source-0-date-error').textContent).toMatch(/date like/);

    ui.type('editor-source-0-url', 'https://ok.example/');
    ui.type('editor-source-0-date', '2026-02-28');
    ui.save();
    expect(ui.el('editor-source-0-url-error')).toBeNull();
    expect(ui.saved()?.sources).toEqual([
      { url: 'https://ok.example/', title: null, publisher: null, date: '2026-02-28', stance: 'supports' },
    ]);
  });

  it('removes a source row, keeping the others', () => {
    const claim = makeClaim({
      sources: [
        { url: 'https://a.example/', title: 'A', publisher: null, date: null, stance: 'supports' },
        { url: 'https://b.example/', title: 'B', publisher: null, date: null, stance: 'disputes' },
      ],
    });
    const ui = mount({ annotation: claim });
    ui.click('editor-source-0-remove');
    ui.save();
    expect(ui.saved()?.sources.map((s) => s.title)).toEqual(['B']);
  });

  it('an empty source row must be filled or removed', () => {
    const ui = mount({ annotation: makeClaim({ sources: [] }) });
    ui.click('editor-add-source');
    ui.save();
    expect(ui.need('editor-source-0-url-error').textContent).toMatch(/Add the link/);
    expect(ui.props.onSave).not.toHaveBeenCalled();
  });
});

describe('AnnotationEditor: notes and switching kind', () => {
  it('a note has only the text, comment and tags', () => {
    const note = makeAnnotation({ kind: 'note', speaker: null });
    const ui = mount({ annotation: note });
    expect(ui.el('editor-speaker-name')).toBeNull();
    expect(ui.el('editor-verdict')).toBeNull();
    ui.type('editor-comment', 'Check this later');
    ui.save();
    expect(ui.saved()).toEqual({ ...note, comment: 'Check this later' });
  });

  it('switching a claim to a note drops what only claims and quotes have', () => {
    const ui = mount({ annotation: makeClaim() });
    ui.click('editor-kind-note');
    expect(ui.el('editor-verdict')).toBeNull();
    ui.save();
    expect(ui.saved()).toMatchObject({ kind: 'note', speaker: null, verdict: null, sources: [] });
  });

  it('switching a quote to a claim keeps the speaker as claimant and starts unverified', () => {
    const ui = mount({ annotation: makeAnnotation() });
    ui.click('editor-kind-claim');
    expect(ui.need<HTMLSelectElement>('editor-verdict').value).toBe('unverified');
    ui.save();
    expect(ui.saved()).toMatchObject({ kind: 'claim', speaker: { name: 'Jane Doe', role: 'Minister of Energy' }, verdict: 'unverified' });
  });
});

describe('AnnotationEditor: autocomplete', () => {
  it('asks for speakers as the name is typed; picking one fills name and role', async () => {
    const suggestSpeakers = vi.fn(async (prefix: string): Promise<Speaker[]> =>
      prefix.toLowerCase().startsWith('ja')
        ? [
            { name: 'Javad Zarif', role: 'foreign minister' },
            { name: 'Jane Doe', role: null },
          ]
        : [],
    );
    const ui = mount({ annotation: makeAnnotation({ speaker: null }), suggestSpeakers });
    ui.type('editor-speaker-name', 'Ja');
    await vi.waitFor(() => expect(ui.need('editor-speaker-name-options').hidden).toBe(false));
    expect(suggestSpeakers).toHaveBeenLastCalledWith('Ja');
    const input = ui.need('editor-speaker-name');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...ui.need('editor-speaker-name-options').querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent)).toEqual(['Javad Zarifforeign minister', 'Jane Doe']);

    act(() => void options[0]!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true })));
    expect(ui.need<HTMLInputElement>('editor-speaker-name').value).toBe('Javad Zarif');
    expect(ui.need<HTMLInputElement>('editor-speaker-role').value).toBe('foreign minister');
    expect(ui.need('editor-speaker-name-options').hidden).toBe(true);
    ui.save();
    expect(ui.saved()?.speaker).toEqual({ name: 'Javad Zarif', role: 'foreign minister' });
  });

  it('picks with the keyboard: ArrowDown then Enter, without submitting the form', async () => {
    const suggestSpeakers = vi.fn(async (): Promise<Speaker[]> => [
      { name: 'Ann One', role: null },
      { name: 'Ann Two', role: 'mayor' },
    ]);
    const ui = mount({ annotation: makeAnnotation({ speaker: null }), suggestSpeakers });
    ui.type('editor-speaker-name', 'Ann');
    await vi.waitFor(() => expect(ui.need('editor-speaker-name-options').hidden).toBe(false));
    const key = (k: string) =>
      act(
        () => void ui.need('editor-speaker-name').dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })),
      );
    key('ArrowDown');
    key('ArrowDown');
    const input = ui.need('editor-speaker-name');
    const active = input.getAttribute('aria-activedescendant');
    expect(active && root!.querySelector(`#${active}`)?.textContent).toBe('Ann Twomayor');
    key('Enter');
    expect(ui.props.onSave).not.toHaveBeenCalled();
    expect(ui.need<HTMLInputElement>('editor-speaker-role').value).toBe('mayor');
  });

  it('suggests sources for the link; picking one fills the row', async () => {
    const known: Source = {
      url: 'https://www.reuters.com/x',
      title: 'Reuters report',
      publisher: 'Reuters',
      date: '2014-11-20',
      stance: 'context',
    };
    const suggestSources = vi.fn(async (): Promise<Source[]> => [known]);
    const ui = mount({ annotation: makeClaim({ sources: [] }), suggestSources });
    ui.click('editor-add-source');
    ui.type('editor-source-0-url', 'reu');
    await vi.waitFor(() => expect(ui.need('editor-source-0-url-options').hidden).toBe(false));
    expect(suggestSources).toHaveBeenLastCalledWith('reu');
    act(
      () =>
        void ui
          .need('editor-source-0-url-options')
          .querySelector('[role="option"]')!
          .dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true })),
    );
    ui.save();
    expect(ui.saved()?.sources).toEqual([known]);
  });

  it('shows only the answer to the latest prefix when answers arrive out of order', async () => {
    const answers: Record<string, (list: Speaker[]) => void> = {};
    const suggestSpeakers = vi.fn((prefix: string) => new Promise<Speaker[]>((resolve) => (answers[prefix] = resolve)));
    const ui = mount({ annotation: makeAnnotation({ speaker: null }), suggestSpeakers });
    ui.type('editor-speaker-name', 'A');
    await vi.waitFor(() => expect(answers.A).toBeDefined());
    ui.type('editor-speaker-name', 'Ab');
    await vi.waitFor(() => expect(answers.Ab).toBeDefined());
    await act(async () => answers.Ab!([{ name: 'Abe', role: null }]));
    await act(async () => answers.A!([{ name: 'Alice', role: null }]));
    const labels = [...ui.need('editor-speaker-name-options').querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(labels).toEqual(['Abe']);
  });
});

describe('AnnotationEditor: buttons', () => {
  it('Cancel and Delete report to the caller; Delete is hidden without a handler', () => {
    const a = makeAnnotation();
    const ui = mount({ annotation: a });
    ui.click('editor-cancel');
    expect(ui.props.onCancel).toHaveBeenCalledOnce();
    ui.click('editor-delete');
    expect(ui.props.onDelete).toHaveBeenCalledWith(a);
    act(() => render(null, root!));
    const bare = mount({ annotation: a, onDelete: undefined });
    expect(bare.el('editor-delete')).toBeNull();
  });

  it('shows the caller’s save error and disables the buttons while busy', () => {
    const ui = mount({ annotation: makeAnnotation(), busy: true, error: 'Couldn’t save: disk full' });
    expect(ui.need('editor-error').textContent).toBe('Couldn’t save: disk full');
    expect(ui.need<HTMLButtonElement>('editor-save').disabled).toBe(true);
  });
});

describe('parseTags', () => {
  it('trims, drops empties and case-duplicates', () => {
    expect(parseTags(' a ,b,, A,  c  d ')).toEqual(['a', 'b', 'c d']);
    expect(parseTags('')).toEqual([]);
  });
});
