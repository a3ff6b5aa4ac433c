/** Gloss's keys (lib/keyboard.ts): the page shortcuts and the selection toolbar's letters and arrows. */
import { describe, expect, it } from 'vitest';
import { pageShortcut, stepIndex, toolbarKey, type KeyPress } from '@/lib/keyboard';

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('page shortcuts', () => {
  it('reads Alt+Shift+A, J and K by physical key, whatever character the layout makes of them', () => {
    expect(pageShortcut(press('A', 'KeyA', { altKey: true, shiftKey: true }))).toBe('toolbar');
    // macOS: Alt+Shift+A types "Å", Alt+Shift+J "Ô".
    expect(pageShortcut(press('Å', 'KeyA', { altKey: true, shiftKey: true }))).toBe('toolbar');
    expect(pageShortcut(press('Ô', 'KeyJ', { altKey: true, shiftKey: true }))).toBe('nextHighlight');
    expect(pageShortcut(press('K', 'KeyK', { altKey: true, shiftKey: true }))).toBe('previousHighlight');
  });

  it('leaves every other combination to the page', () => {
    expect(pageShortcut(press('a', 'KeyA'))).toBeNull();
    expect(pageShortcut(press('A', 'KeyA', { shiftKey: true }))).toBeNull();
    expect(pageShortcut(press('å', 'KeyA', { altKey: true }))).toBeNull();
    expect(pageShortcut(press('A', 'KeyA', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(pageShortcut(press('A', 'KeyA', { altKey: true, shiftKey: true, metaKey: true }))).toBeNull();
    expect(pageShortcut(press('R', 'KeyR', { altKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('selection toolbar keys', () => {
  it('picks quote, claim and note with Q, C and N, in either case', () => {
    expect(toolbarKey(press('q', 'KeyQ'))).toEqual({ pick: 'quote' });
    expect(toolbarKey(press('C', 'KeyC', { shiftKey: true }))).toEqual({ pick: 'claim' });
    expect(toolbarKey(press('n', 'KeyN'))).toEqual({ pick: 'note' });
  });

  it('moves with arrows, Home and End, and ignores modified letters and other keys', () => {
    expect(toolbarKey(press('ArrowRight', 'ArrowRight'))).toEqual({ move: 'next' });
    expect(toolbarKey(press('ArrowLeft', 'ArrowLeft'))).toEqual({ move: 'previous' });
    expect(toolbarKey(press('Home', 'Home'))).toEqual({ move: 'first' });
    expect(toolbarKey(press('End', 'End'))).toEqual({ move: 'last' });
    expect(toolbarKey(press('q', 'KeyQ', { ctrlKey: true }))).toBeNull();
    expect(toolbarKey(press('c', 'KeyC', { metaKey: true }))).toBeNull();
    expect(toolbarKey(press('Tab', 'Tab'))).toBeNull();
    expect(toolbarKey(press('Enter', 'Enter'))).toBeNull();
    expect(toolbarKey(press('x', 'KeyX'))).toBeNull();
  });
});

describe('stepIndex', () => {
  it('wraps around both ends and starts from the first or last when nothing is current', () => {
    expect(stepIndex(3, 2, 'next')).toBe(0);
    expect(stepIndex(3, 0, 'previous')).toBe(2);
    expect(stepIndex(3, 1, 'next')).toBe(2);
    expect(stepIndex(3, -1, 'next')).toBe(0);
    expect(stepIndex(3, -1, 'previous')).toBe(2);
    expect(stepIndex(3, 1, 'first')).toBe(0);
    expect(stepIndex(3, 1, 'last')).toBe(2);
    expect(stepIndex(0, -1, 'next')).toBe(-1);
  });
});
