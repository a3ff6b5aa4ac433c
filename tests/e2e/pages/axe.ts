/**
 * axe-core in real Chromium, on extension pages, frames and Gloss's closed shadow roots. Extension pages' CSP
 * blocks `addScriptTag`, so the library's source is evaluated as a script (/work/shared/notes/toolchain.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the bar. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** Where: each node's CSS path and axe's summary of what is wrong there. */
  nodes: { target: string; summary: string }[];
}

type AxeGlobal = {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }>;
  };
};

/** Runs axe's WCAG 2.2 AA rules in `target` (a page or frame), on `include` (CSS selectors) or the whole document. */
export async function axeViolations(target: Page | Frame, include?: string[]): Promise<Violation[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    async ([tags, selectors]) => {
      const { axe } = globalThis as unknown as AxeGlobal;
      const context = selectors ? { include: selectors.map((s) => [s]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary ?? '' })),
      }));
    },
    [WCAG_AA_TAGS, include ?? null] as const,
  );
}

/**
 * Lets axe (in the page's main world) see into a CLOSED shadow root: axe walks shadow trees through
 * `host.shadowRoot`, which is null for closed roots, so the test defines it on that one host, in the main world
 * only (the content script's isolated world, and the page's own view of other hosts, are unchanged). Reached
 * through the DevTools protocol, as tests reach closed roots elsewhere (harness.ts inShadow). Answers whether
 * the host was found.
 */
export async function exposeShadowRoot(page: Page, hostName: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const isHost = (n: DomNode) =>
      (n.attributes ?? []).some((value, i) => i % 2 === 1 && value === hostName && n.attributes![i - 1] === 'data-gloss');
    const find = (n: DomNode): DomNode | null =>
      isHost(n) ? n : ([...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const expose = function (this: ShadowRoot) {
      Object.defineProperty(this.host, 'shadowRoot', { configurable: true, get: () => this });
    };
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: expose.toString() });
    return true;
  } finally {
    await cdp.detach();
  }
}

/** One line per violation and node, for a failing assertion's message and the test log. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact ?? '?'} ${v.id} (${v.help}) at ${n.target}: ${n.summary.replace(/\s+/g, ' ')}`))
    .join('\n');
}
