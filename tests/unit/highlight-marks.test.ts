// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetsToRange, textOfElement } from '@/lib/anchoring/dom';
import { unwrapMarks, wrapRange } from '@/lib/highlight/marks';

function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test markup written here, not page input.
  root.innerHTML = html; // eslint-disable-line no-restricted-properties
  document.body.replaceChildren(root);
  return root;
}

const mark = () => {
  const m = document.createElement('mark');
  m.setAttribute('data-gloss-key', 'k');
  return m;
};

/** Wraps from the first character of `from` to the last of `to` (default: `from` itself). */
function wrapText(root: HTMLElement, from: string, to = from): Element[] {
  const { text: all } = textOfElement(root);
  const start = all.indexOf(from);
  const end = all.indexOf(to, start) + to.length;
  const range = offsetsToRange(root, start, end)!;
  return wrapRange(range, mark);
}

describe('wrapper marks', () => {
  it('wraps exactly the selected text, across elements, and leaves the text unchanged', () => {
    const root = fixture('<p>One <em>two three</em> four.</p><p>Five six.</p>');
    const before = textOfElement(root).text;
    const marks = wrapText(root, 'two three four.\nFive');
    expect(marks.map((m) => m.textContent)).toEqual(['two three', ' four.', 'Five']);
    expect(textOfElement(root).text).toBe(before);
  });

  it('puts no mark between blocks (whitespace-only text in lists and tables stays bare)', () => {
    const root = fixture('<ul>\n  <li>alpha</li>\n  <li>beta</li>\n</ul>');
    const marks = wrapText(root, 'alpha', 'beta');
    expect(marks.map((m) => m.parentElement?.localName)).toEqual(['li', 'li']);
    expect(root.querySelectorAll('ul > mark')).toHaveLength(0);
  });

  it('unwraps to the same markup and the same Text node objects the page had', () => {
    const root = fixture('<p>Alpha beta gamma delta.</p><p>Epsilon <b>zeta</b> eta.</p>');
    const html = root.innerHTML; // eslint-disable-line no-restricted-properties
    const nodesBefore = textOfElement(root).nodes.map((n) => n.node);
    const outer = wrapText(root, 'beta gamma delta.\nEpsilon zeta');
    const inner = wrapText(root, 'gamma'); // overlapping highlight: nested marks
    expect(root.querySelectorAll('mark')).toHaveLength(outer.length + inner.length);

    unwrapMarks([...inner, ...outer]); // newest (inner) first
    expect(root.innerHTML).toBe(html); // eslint-disable-line no-restricted-properties
    const nodesAfter = textOfElement(root).nodes.map((n) => n.node);
    expect(nodesAfter).toHaveLength(nodesBefore.length);
    nodesAfter.forEach((node, i) => expect(node).toBe(nodesBefore[i]));
  });

  it('does not merge Text nodes that the page kept apart', () => {
    const root = fixture('<p></p>');
    const p = root.firstElementChild!;
    p.append(document.createTextNode('left '), document.createTextNode('right'));
    const marks = wrapText(root, 'left right');
    unwrapMarks(marks);
    expect(Array.from(p.childNodes).map((n) => n.textContent)).toEqual(['left ', 'right']);
  });
});
