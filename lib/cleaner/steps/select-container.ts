import type { Segmentation } from '../dom/blocks';
import { subtreeTextLength } from '../dom/blocks';
import type { Candidates } from './score-candidates';
import { linkDensity } from './score-candidates';

/**
 * Picks the element that holds the article, then the siblings that continue it (Readability's approach:
 * climb when several strong candidates share a parent, and adopt siblings that score nearly as well).
 * Returns the body's top-level elements in document order.
 */
export function selectContainers(seg: Segmentation, candidates: Candidates, root: Element, preferred: Element | null): Element[] {
  const { scores, ranked } = candidates;
  let top = preferred ?? ranked[0] ?? null;
  if (!top) return [root];
  if (preferred) return [preferred];
  const topScore = scores.get(top) ?? 0;

  // Several near-equal candidates under one ancestor: the article is split across them.
  const alternatives = ranked.slice(1, 6).filter((el) => (scores.get(el) ?? 0) >= topScore * 0.75);
  if (alternatives.length >= 3) {
    let parent = top.parentElement;
    while (parent && parent !== root) {
      const contained = alternatives.filter((alt) => parent?.contains(alt)).length;
      if (contained >= 3) {
        top = parent;
        break;
      }
      parent = parent.parentElement;
    }
  }

  // Climb while the parent holds clearly more prose without much more link text.
  let parent = top.parentElement;
  let lastScore = scores.get(top) ?? 0;
  const scoreThreshold = lastScore / 3;
  while (parent && parent !== root && parent.localName !== 'body') {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) {
      parent = parent.parentElement;
      continue;
    }
    if (parentScore < scoreThreshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
    parent = parent.parentElement;
  }

  // An only child stands for its parent.
  while (top.parentElement && top.parentElement !== root && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }

  return withSiblings(seg, scores, top);
}

function withSiblings(seg: Segmentation, scores: Map<Element, number>, top: Element): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const result: Element[] = [];
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      result.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topClass && sibling.getAttribute('class') === topClass) bonus += topScore * 0.2;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      result.push(sibling);
      continue;
    }
    if (sibling.localName === 'p') {
      const length = subtreeTextLength(seg, sibling);
      const density = linkDensity(seg, sibling);
      const text = length > 0 ? (sibling.textContent ?? '') : '';
      if ((length > 80 && density < 0.25) || (length > 0 && length <= 80 && density === 0 && /[.!?]\s*$/.test(text))) {
        result.push(sibling);
      }
    }
  }
  return result;
}
