import type { Block, Segmentation } from '../dom/blocks';
import { subtreeTextLength } from '../dom/blocks';
import type { Metadata } from '../types';
import type { Candidates } from './score-candidates';
import { foldForCompare } from '../text-stats';

const MIN_BODY_CHARS = 250;
const PROBE_CHARS = 48;

function normalize(s: string): string {
  // articleBody may carry markup; the tags go before folding.
  return foldForCompare(s.replace(/<[^>]*>/g, ' '));
}

/**
 * When the publisher tells us where the body is, believe it (but verify):
 *  - JSON-LD `articleBody`: the element whose blocks best cover that text (F1 of coverage and purity);
 *  - microdata `itemprop="articleBody"`: that element, if it holds real prose.
 * Returns null when neither hint is present or trustworthy; scoring then decides.
 */
export function findPreferredContainer(seg: Segmentation, candidates: Candidates, metadata: Metadata): Element | null {
  return (metadata.articleBody ? byArticleBody(seg, metadata.articleBody, candidates) : null) ?? byMicrodata(seg, candidates);
}

function byMicrodata(seg: Segmentation, candidates: Candidates): Element | null {
  const marked = seg.markedBodies;
  if (marked.length !== 1) return null;
  const el = marked[0] as Element;
  const length = subtreeTextLength(seg, el);
  const best = candidates.ranked[0];
  if (length < MIN_BODY_CHARS) return null;
  // A marked element far smaller than the prose elsewhere is probably just the lead: keep scoring's choice.
  if (best && !el.contains(best) && !best.contains(el) && subtreeTextLength(seg, best) > length * 3) return null;
  return el;
}

function byArticleBody(seg: Segmentation, articleBody: string, candidates: Candidates): Element | null {
  const body = normalize(articleBody);
  if (body.length < MIN_BODY_CHARS) return null;
  // Some publishers ship only the first paragraphs as articleBody (a teaser for search engines).
  const top = candidates.ranked[0];
  if (top && body.length < subtreeTextLength(seg, top) * 0.6) return null;
  const matched = new Float64Array(seg.blocks.length + 1);
  let totalMatched = 0;
  seg.blocks.forEach((b: Block, i) => {
    const text = normalize(b.text);
    const hit = text.length >= 20 && body.includes(text.length > PROBE_CHARS ? text.slice(0, PROBE_CHARS) : text);
    matched[i + 1] = (matched[i] ?? 0) + (hit ? b.text.length : 0);
    if (hit) totalMatched += b.text.length;
  });
  if (totalMatched < Math.min(body.length * 0.5, 2000)) return null;

  let best: Element | null = null;
  let bestF = 0;
  const seen = new Set<Element>();
  for (let i = 0; i < seg.blocks.length; i++) {
    if (matched[i + 1] === matched[i]) continue;
    for (let el: Element | null = (seg.blocks[i] as Block).owner; el && !seen.has(el); el = el.parentElement) {
      seen.add(el);
      const range = seg.ranges.get(el);
      if (!range) continue;
      const inside = (matched[range.end] ?? 0) - (matched[range.start] ?? 0);
      const size = subtreeTextLength(seg, el);
      if (size === 0) continue;
      const recall = inside / totalMatched;
      const precision = inside / size;
      const f = (2 * recall * precision) / (recall + precision || 1);
      if (f > bestF) {
        bestF = f;
        best = el;
      }
    }
  }
  return bestF >= 0.6 ? best : null;
}
