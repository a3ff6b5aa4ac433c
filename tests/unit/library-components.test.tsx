// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AnnotationList, ROW_HEIGHT } from '@/components/library/AnnotationList';
import { SelectionBar } from '@/components/library/SelectionBar';
import { SettingsForm } from '@/components/library/SettingsForm';
import { buildModel } from '@/lib/library/entries';
import { groupRows } from '@/lib/library/group';
import { generateLibrary } from '@/lib/library/sample';
import { sortEntries } from '@/lib/library/sort';
import { defaultSettings } from '@/lib/settings';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

const lib = generateLibrary({ pages: 1_000, annotations: 20_000, seed: 2 });
const model = buildModel(lib.annotations, lib.pages);
const sorted = sortEntries(model.entries, 'updated-desc');
const noop = () => {};

describe('AnnotationList', () => {
  it('puts only the rows in view in the DOM, whatever the list size', () => {
    const root = mount(
      <AnnotationList
        rows={groupRows(sorted, 'none', model.pages)}
        pages={model.pages}
        selection={new Set()}
        onToggle={noop}
        onSpeaker={noop}
        initialHeight={600}
      />,
    );
    const rows = root.querySelectorAll('[data-testid="library-row"]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]!.getAttribute('data-id')).toBe(sorted[0]!.annotation.id);
    const spacer = root.querySelector<HTMLElement>('.list-spacer')!;
    expect(spacer.style.height).toBe(`${20_000 * ROW_HEIGHT}px`);

    const viewport = root.querySelector<HTMLElement>('[data-testid="library-list"]')!;
    act(() => {
      viewport.scrollTop = 10_000 * ROW_HEIGHT;
      viewport.dispatchEvent(new Event('scroll'));
    });
    const ids = [...root.querySelectorAll('[data-testid="library-row"]')].map((row) => row.getAttribute('data-id'));
    expect(ids).toContain(sorted[10_000]!.annotation.id);
    expect(ids).not.toContain(sorted[0]!.annotation.id);
  });

  it('shows page text as text, links only web pages, and reports checks and speaker clicks', () => {
    const entry = {
      ...sorted[0]!,
      annotation: {
        ...sorted[0]!.annotation,
        exact: '<img src=x onerror=alert(1)>',
        pageUrl: 'urn:x-pdf:abc',
        speaker: { name: 'Jane <b>Doe</b>', role: null },
      },
      speakerKey: 'jane <b>doe</b>',
    };
    const onToggle = vi.fn();
    const onSpeaker = vi.fn();
    const root = mount(
      <AnnotationList
        rows={{ count: 1, row: () => ({ type: 'entry', entry }) }}
        pages={new Map()}
        selection={new Set([entry.annotation.id])}
        onToggle={onToggle}
        onSpeaker={onSpeaker}
      />,
    );
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('[data-testid="row-text"]')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('a')).toBeNull();
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    act(() => {
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onToggle).toHaveBeenCalledWith(entry.annotation.id);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="row-speaker"]')!.click());
    expect(onSpeaker).toHaveBeenCalledWith('jane <b>doe</b>', 'Jane <b>Doe</b>');
  });

  it('grouped rows show a header per group', () => {
    const root = mount(
      <AnnotationList
        rows={groupRows(sorted.slice(0, 50), 'speaker', model.pages)}
        pages={model.pages}
        selection={new Set()}
        onToggle={noop}
        onSpeaker={noop}
        initialHeight={600}
      />,
    );
    expect(root.querySelector('[data-testid="library-group"]')).not.toBeNull();
  });
});

describe('SelectionBar', () => {
  it('offers delete and tagging only with a selection; exports the selection or what is shown', () => {
    const onExport = vi.fn();
    const props = {
      shown: 1234,
      busy: false,
      onSelectAllShown: noop,
      onClearSelection: noop,
      onDelete: noop,
      onTag: noop,
      onExport,
      onCopyMarkdown: noop,
    };
    const none = mount(<SelectionBar {...props} selected={0} />);
    expect(none.querySelector('[data-testid="delete-selected"]')).toBeNull();
    expect(none.querySelector('[data-testid="export-selection"]')!.textContent).toBe('Export 1,234 shown');
    const some = mount(<SelectionBar {...props} selected={3} />);
    expect(some.querySelector('[data-testid="delete-selected"]')!.textContent).toBe('Delete 3');
    const select = some.querySelector<HTMLSelectElement>('[data-testid="export-format"]')!;
    act(() => {
      select.value = 'csv';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => some.querySelector<HTMLButtonElement>('[data-testid="export-selection"]')!.click());
    expect(onExport).toHaveBeenCalledWith('csv');
  });
});

describe('SettingsForm', () => {
  it('adds a site only when it is one, and says why not', () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={defaultSettings()} onChange={onChange} />);
    const input = root.querySelector<HTMLInputElement>('[data-testid="disabled-site-input"]')!;
    const add = root.querySelector<HTMLButtonElement>('[data-testid="disabled-site-add"]')!;
    act(() => {
      input.value = 'not a site';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => add.click());
    expect(onChange).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/not a site name/);
    act(() => {
      input.value = 'https://www.Example.com/news';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => add.click());
    expect(onChange).toHaveBeenCalledWith({ ...defaultSettings(), disabledSites: ['example.com'] });
  });

  it('changes reader settings', () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={defaultSettings()} onChange={onChange} />);
    act(() => root.querySelector<HTMLInputElement>('[data-testid="setting-theme-sepia"]')!.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings(), reader: { ...defaultSettings().reader, theme: 'sepia' } });
    const auto = root.querySelector<HTMLInputElement>('[data-testid="setting-auto-reader"]')!;
    expect(auto.checked).toBe(false);
    act(() => auto.click());
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultSettings(), autoOpenReader: true });
  });
});
