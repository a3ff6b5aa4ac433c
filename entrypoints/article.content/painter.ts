/**
 * Painting highlights on one surface (the live page's body, or the reader's article body) from text offsets.
 * Two ways: the CSS Custom Highlight API (no DOM change at all: the live page's layout and scripts are
 * untouched), or wrapper <mark>s (the reader's own DOM, and pages in browsers without the API), which are
 * removed cleanly, restoring the page's own Text nodes.
 */
import { offsetsToRange, textOfElement, type TextMap } from '@/lib/anchoring/dom';
import { caretAt, hitTest } from '@/lib/highlight/hit-test';
import { unwrapMarks, wrapRange } from '@/lib/highlight/marks';
import type { AnnotationKind } from '@/lib/model/annotation';

export type PaintKind = AnnotationKind | 'suggestion';

export interface PaintItem {
  /** Annotation or suggestion id. */
  key: string;
  kind: PaintKind;
  start: number;
  end: number;
  /** Small label after the span (suggestions: the speaker). */
  label?: string;
}

export interface Painter {
  readonly root: Element;
  /** The surface's text as anchoring sees it, fresh. */
  text(): TextMap;
  paint(items: readonly PaintItem[]): void;
  clear(): void;
  /** The key under the point; `target` is the event's innermost target (marks are found from it). */
  hitTest(x: number, y: number, target: EventTarget | null): string | null;
  /** Scrolls to a painted item and flashes it; false when it isn't painted. `instant`: no smooth scroll. */
  reveal(key: string, options?: { instant?: boolean }): boolean;
  /** The painted items' keys in reading order, each once (the keyboard steps through them). */
  keys(): string[];
  /** Where a painted item's first part is on screen; null when it isn't painted. */
  rectOf(key: string): DOMRect | null;
}

/** Keys in document order, each once: `before(a, b)` is negative when a comes first. */
function orderedKeys<T extends { key: string }>(items: readonly T[], before: (a: T, b: T) => number): string[] {
  return [...new Set([...items].sort(before).map((item) => item.key))];
}

const FLASH_MS = 1600;
/** Gloss's own UI hosts never count as page text. */
const skipGlossUi = { skip: (el: Element) => el.hasAttribute('data-gloss') };

const HIGHLIGHT_NAMES: Record<AnnotationKind, string> = { quote: 'gloss-quote', claim: 'gloss-claim', note: 'gloss-note' };

interface HighlightApi {
  registry: Map<string, unknown>;
  create: (...ranges: Range[]) => unknown;
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as { Highlight?: new (...ranges: Range[]) => unknown; CSS?: { highlights?: Map<string, unknown> } } | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  if (!registry || typeof Highlight !== 'function') return null;
  return { registry, create: (...ranges) => new Highlight(...ranges) };
}

function scrollToRange(range: Range, instant = false): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: instant ? 'instant' : 'smooth' });
}

/** The CSS Custom Highlight API painter, or null when the browser lacks it. Annotations only. */
export function createHighlightPainter(root: Element): Painter | null {
  const doc = root.ownerDocument;
  const api = highlightApi(doc);
  if (!api) return null;
  let painted: Array<{ key: string; range: Range }> = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
    painted = [];
  };
  return {
    root,
    text: () => textOfElement(root, skipGlossUi),
    paint(items) {
      clear();
      const map = textOfElement(root, skipGlossUi);
      const byKind = new Map<AnnotationKind, Range[]>();
      for (const item of items) {
        if (item.kind === 'suggestion') continue;
        const range = offsetsToRange(root, item.start, item.end, map);
        if (!range) continue;
        painted.push({ key: item.key, range });
        byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), range]);
      }
      for (const [kind, ranges] of byKind) api.registry.set(HIGHLIGHT_NAMES[kind], api.create(...ranges));
    },
    clear,
    hitTest: (x, y) =>
      hitTest(
        painted.map((p) => ({ key: p.key, range: p.range })),
        x,
        y,
        caretAt(doc, x, y),
      ),
    reveal(key, options) {
      const hit = painted.find((p) => p.key === key);
      if (!hit) return false;
      scrollToRange(hit.range, options?.instant);
      clearTimeout(flashTimer);
      api.registry.set('gloss-flash', api.create(hit.range));
      flashTimer = setTimeout(() => api.registry.delete('gloss-flash'), FLASH_MS);
      return true;
    },
    keys: () => orderedKeys(painted, (a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)),
    rectOf: (key) => painted.find((p) => p.key === key)?.range.getClientRects()[0] ?? null,
  };
}

/** Wrapper-mark painter: for Gloss's own DOM (the reader) and as the live page's fallback. */
export function createMarkPainter(root: Element): Painter {
  const doc = root.ownerDocument;
  let marks: Element[] = [];
  const clear = () => {
    unwrapMarks([...marks].reverse());
    marks = [];
  };
  const marksOf = (key: string) => marks.filter((m) => m.getAttribute('data-gloss-key') === key);
  return {
    root,
    text: () => textOfElement(root, skipGlossUi),
    paint(items) {
      clear();
      for (const item of items) {
        // Wrapping moves Text nodes, which collapses other live ranges: map each item on the current DOM.
        const range = offsetsToRange(root, item.start, item.end, textOfElement(root, skipGlossUi));
        if (!range) continue;
        const made = wrapRange(range, () => {
          const mark = doc.createElement('mark');
          mark.setAttribute('data-gloss-key', item.key);
          mark.setAttribute('data-gloss-kind', item.kind);
          return mark;
        });
        if (item.label && made.length > 0) made[made.length - 1]!.setAttribute('data-gloss-label', item.label);
        marks.push(...made);
      }
    },
    clear,
    hitTest(_x, _y, target) {
      const element = (target as Node | null)?.nodeType === 1 ? (target as Element) : null;
      return element?.closest('mark[data-gloss-key]')?.getAttribute('data-gloss-key') ?? null;
    },
    reveal(key, options) {
      const found = marksOf(key);
      if (found.length === 0) return false;
      found[0]!.scrollIntoView({ block: 'center', behavior: options?.instant ? 'instant' : 'smooth' });
      for (const mark of found) mark.classList.add('gloss-flash');
      setTimeout(() => found.forEach((mark) => mark.classList.remove('gloss-flash')), FLASH_MS);
      return true;
    },
    keys: () =>
      orderedKeys(
        marks.map((mark) => ({ key: mark.getAttribute('data-gloss-key') ?? '', mark })),
        (a, b) => (a.mark.compareDocumentPosition(b.mark) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1),
      ).filter((key) => key !== ''),
    rectOf: (key) => marksOf(key)[0]?.getBoundingClientRect() ?? null,
  };
}
