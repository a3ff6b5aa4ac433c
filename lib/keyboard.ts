/**
 * Gloss's keys, as pure functions over a key press (the content script passes its KeyboardEvent). Shortcuts are
 * matched on `code` (the physical key), not `key`: with Alt held, macOS turns A into "å" and J into "∆".
 * Alt+Shift+A / J / K are free in Chromium and Firefox (their own Alt+Shift shortcuts are none of these) and on the
 * news sites tried: sites use single letters (j/k on some for next story) or Ctrl/Cmd combinations, not Alt+Shift.
 */
import type { AnnotationKind } from './model/annotation';

export interface KeyPress {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type PageShortcut = 'toolbar' | 'nextHighlight' | 'previousHighlight';

/** The manifest's spelling of the toolbar shortcut (entrypoints/background/commands.ts). */
export const TOOLBAR_SHORTCUT = 'Alt+Shift+A';

const PAGE_SHORTCUTS: Record<string, PageShortcut> = { KeyA: 'toolbar', KeyJ: 'nextHighlight', KeyK: 'previousHighlight' };

/** Alt+Shift+A (focus the selection toolbar), Alt+Shift+J / K (next / previous highlight), else null. */
export function pageShortcut(press: KeyPress): PageShortcut | null {
  if (!press.altKey || !press.shiftKey || press.ctrlKey || press.metaKey) return null;
  return PAGE_SHORTCUTS[press.code] ?? null;
}

export type ToolbarKey = { pick: AnnotationKind } | { move: 'next' | 'previous' | 'first' | 'last' } | null;

const KIND_LETTERS: Record<string, AnnotationKind> = { q: 'quote', c: 'claim', n: 'note' };
const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** In the selection toolbar: Q, C, N pick quote, claim, note; arrows, Home and End move between its buttons. */
export function toolbarKey(press: KeyPress): ToolbarKey {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const kind = KIND_LETTERS[press.key.toLowerCase()];
  if (kind) return { pick: kind };
  const move = MOVES[press.key];
  return move && !press.shiftKey ? { move } : null;
}

/** The index a move lands on among `count` items (wrapping around), from `current` (-1: none yet). */
export function stepIndex(count: number, current: number, move: 'next' | 'previous' | 'first' | 'last'): number {
  if (count <= 0) return -1;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (current < 0 || current >= count) return move === 'next' ? 0 : count - 1;
  return (current + (move === 'next' ? 1 : -1) + count) % count;
}
