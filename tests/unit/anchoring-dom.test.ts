/**
 * DOM glue for anchoring, on two DOM implementations: the visible text of an element with its node map, and
 * Range ↔ offset conversion — including an annotation made on a live page and anchored in a reader view.
 */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorText, describeText } from '../../lib/anchoring';
import { offsetsToRange, rangeToOffsets, textOfElement } from '../../lib/anchoring/dom';

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

/** happy-dom only gives working Ranges on a window's own document, so the parsed page is moved into one. */
function parseHappyDom(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  windows.push(w);
  const parsed = new w.DOMParser().parseFromString(html, 'text/html');
  w.document.head.replaceWith(w.document.importNode(parsed.head, true));
  w.document.body.replaceWith(w.document.importNode(parsed.body, true));
  return w.document as unknown as Document;
}

/** A range as plain boundary points: linkedom has no working Range, and rangeToOffsets needs only these. */
type Points = { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number };
const points = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number): Points => ({
  startContainer,
  startOffset,
  endContainer,
  endOffset,
});

const DOMS: { name: string; parse: (html: string) => Document; ranges: boolean }[] = [
  { name: 'linkedom', parse: (html) => parseHTML(html).document as unknown as Document, ranges: false },
  { name: 'happy-dom', parse: parseHappyDom, ranges: true },
];

const LIVE_PAGE = `<!doctype html><html><head><title>Budget</title><style>p { color: red }</style></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <script>var tracking = "do not show";</script>
  <article>
    <h1>Minister rules out tax rise</h1>
    <p>The finance minister said on <b>Tuesday</b> that the government would <em>not <a href="/t">raise taxes</a></em> before the election.</p>
    <div class="ad" hidden>Advertisement: buy now</div>
    <figure><img src="x.jpg" alt=""><figcaption>Photo: Getty Images</figcaption></figure>
    <p>“We have made our choice,” she told reporters.<br>Opposition leaders called the plan reckless.</p>
    <p style="display:none">Hidden teaser</p>
    <noscript>Enable JavaScript</noscript>
    <template><p>template text</p></template>
    <p>Economists were divided.</p>
  </article>
  <footer>© 2024 The Publisher</footer>
</body></html>`;

const READER_VIEW = `<!doctype html><html><body><main class="gloss-reader"><h1>Minister rules out tax rise</h1>
<p>The finance minister said on Tuesday that the government would not raise taxes before the election.</p>
<p>“We have made our choice,” she told reporters.</p><p>Opposition leaders called the plan reckless.</p>
<p>Economists were divided.</p></main></body></html>`;

for (const { name, parse, ranges } of DOMS) {
  describe(`anchoring DOM glue on ${name}`, () => {
    it('reads visible text only, with blocks and <br> kept apart', () => {
      const doc = parse(LIVE_PAGE);
      const { text, nodes } = textOfElement(doc.body);
      for (const hidden of ['do not show', 'Advertisement', 'Hidden teaser', 'Enable JavaScript', 'template text', 'color: red']) {
        expect(text).not.toContain(hidden);
      }
      expect(text).toContain('would not raise taxes before');
      expect(text).toMatch(/tax rise\s*\n\s*The finance/);
      expect(text).toMatch(/reporters\.\s*\n\s*Opposition/);
      for (const span of nodes) expect(text.slice(span.start, span.end)).toBe(span.node.data);
    });

    it('maps a selection across nested inline markup to offsets and back', () => {
      const doc = parse(LIVE_PAGE);
      const root = doc.body;
      const bold = doc.querySelector('b')!;
      const link = doc.querySelector('a[href="/t"]')!;
      const offsets = rangeToOffsets(root, points(bold.firstChild!, 2, link.firstChild!, 5)); // "es|day" … "raise|"
      const { text } = textOfElement(root);
      expect(offsets).not.toBeNull();
      expect(text.slice(offsets!.start, offsets!.end)).toBe('esday that the government would not raise');
      if (!ranges) return;
      const back = offsetsToRange(root, offsets!.start, offsets!.end);
      expect(back?.toString()).toBe('esday that the government would not raise');
    });

    it('handles boundaries on elements and in skipped text', () => {
      const doc = parse(LIVE_PAGE);
      const root = doc.body;
      const paragraphs = doc.querySelectorAll('article p');
      const article = doc.querySelector('article')!;
      const { text } = textOfElement(root);
      const offsets = rangeToOffsets(root, points(paragraphs[1]!, 0, article, article.childNodes.length))!;
      expect(text.slice(offsets.start, offsets.end).trim()).toMatch(/^“We have made our choice[\s\S]*Economists were divided\.$/);
      expect(text.slice(offsets.start, offsets.end)).not.toContain('Hidden teaser');
      if (!ranges) return;
      // Offsets that fall on a block separator snap to the visible text on the inside.
      const small = parse('<html><body><div><p>One</p><p>Two</p></div></body></html>');
      expect(textOfElement(small.body).text).toBe('One\nTwo\n');
      expect(offsetsToRange(small.body, 3, 5)?.toString()).toBe('T');
      expect(offsetsToRange(small.body, 2, 4)?.toString()).toBe('e');
    });

    it.runIf(ranges)('rejects offsets outside the text', () => {
      const doc = parse(LIVE_PAGE);
      const { text } = textOfElement(doc.body);
      expect(offsetsToRange(doc.body, -1, 3)).toBeNull();
      expect(offsetsToRange(doc.body, 5, 5)).toBeNull();
      expect(offsetsToRange(doc.body, 0, text.length + 1)).toBeNull();
    });

    // happy-dom's own parser recurses and overflows on this page, so only linkedom builds it.
    it.runIf(!ranges)('walks very deep documents without recursion', () => {
      const depth = 20_000;
      const doc = parse(`<html><body>${'<span>'.repeat(depth)}deep text${'</span>'.repeat(depth)}<p>after</p></body></html>`);
      const { text } = textOfElement(doc.body);
      expect(text.trim()).toBe('deep text\nafter');
    });

    it.runIf(ranges)('anchors in the reader view what was selected on the live page, and back', () => {
      const live = parse(LIVE_PAGE);
      const reader = parse(READER_VIEW);
      const liveMap = textOfElement(live.body);
      const readerRoot = reader.querySelector('main')!;
      const readerMap = textOfElement(readerRoot);

      // From "she told reporters." across the <br> to "… the plan reckless": two paragraphs in the reader view.
      const second = live.querySelectorAll('article p')[1]!;
      const range = live.createRange();
      range.setStart(second.firstChild!, second.firstChild!.textContent!.indexOf('she told'));
      range.setEnd(second.lastChild!, 'Opposition leaders called the plan reckless'.length);
      const selected = rangeToOffsets(live.body, range, liveMap)!;
      const selectors = describeText(liveMap.text, selected.start, selected.end);

      const found = anchorText(readerMap.text, selectors);
      expect(found).not.toBeNull();
      const inReader = offsetsToRange(readerRoot, found!.start, found!.end, readerMap)!;
      expect(inReader.toString().replace(/\s+/g, ' ')).toBe('she told reporters.Opposition leaders called the plan reckless');

      // And back: an annotation made in the reader view finds its place on the live page.
      const back = anchorText(liveMap.text, describeText(readerMap.text, found!.start, found!.end));
      expect(back).toEqual(selected);
    });
  });
}
