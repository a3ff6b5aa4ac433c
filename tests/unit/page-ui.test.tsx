// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HighlightCard } from '@/components/page-ui/HighlightCard';
import { SelectionToolbar } from '@/components/page-ui/SelectionToolbar';
import type { Annotation } from '@/lib/model/annotation';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

const annotation: Annotation = {
  id: 'a1',
  kind: 'claim',
  pageUrl: 'http://127.0.0.1/story',
  exact: 'The pilot will cost 2.4 million euros',
  selectors: [{ type: 'TextQuoteSelector', exact: 'The pilot will cost 2.4 million euros', prefix: '', suffix: '' }],
  speaker: { name: 'Elena Marsh', role: 'head of transport' },
  verdict: 'disputed',
  sources: [],
  comment: '<img src=x onerror=alert(1)> Figures differ from the budget',
  tags: [],
  created: '2026-03-14T09:30:00.000Z',
  updated: '2026-03-14T09:30:00.000Z',
};

describe('SelectionToolbar', () => {
  it('offers Quote, Claim and Note, in that order, and keeps the selection on mousedown', () => {
    const root = mount(<SelectionToolbar onPick={() => {}} />);
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Quote', 'Claim', 'Note']);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    buttons[0]!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });

  it("ignores synthetic clicks (a page can dispatch events at Gloss's UI, not click it)", () => {
    const onPick = vi.fn();
    const root = mount(<SelectionToolbar onPick={onPick} />);
    for (const button of Array.from(root.querySelectorAll('button'))) button.click();
    expect(onPick).not.toHaveBeenCalled();
  });
});

describe('HighlightCard', () => {
  it('shows kind, speaker with role, verdict and comment, all as text', () => {
    const root = mount(<HighlightCard content={{ type: 'annotation', annotation }} />);
    expect(root.querySelector('.badge')?.textContent).toBe('Claim');
    expect(root.querySelector('.card-speaker')?.textContent).toBe('Elena Marsh, head of transport');
    expect(root.querySelector('.verdict')?.textContent).toBe('Disputed');
    expect(root.querySelector('.card-comment')?.textContent).toBe(annotation.comment);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.card-actions')).toBeNull();
  });

  it('labels suggestions, shows the cue, and wires its actions to trusted clicks only', () => {
    const onAccept = vi.fn();
    const root = mount(
      <HighlightCard
        content={{ type: 'suggestion', kind: 'quote', speaker: { name: 'Tomas Berg', role: null }, cue: 'said' }}
        actions={[
          { label: 'Accept', tone: 'primary', onClick: onAccept },
          { label: 'Dismiss', onClick: () => {} },
        ]}
      />,
    );
    expect(root.querySelector('.badge')?.textContent).toBe('Suggested quote');
    expect(root.querySelector('.card-speaker')?.textContent).toBe('Tomas Berg');
    expect(root.querySelector('.card-cue')?.textContent).toBe('cue: “said”');
    expect(Array.from(root.querySelectorAll('.card-actions button')).map((b) => b.textContent)).toEqual(['Accept', 'Dismiss']);
    (root.querySelector('.card-actions button') as HTMLButtonElement).click();
    expect(onAccept).not.toHaveBeenCalled();
  });
});
