/**
 * Step 3: score each block the way the DOM cleaner scores elements: length, sentence punctuation, commas,
 * share of letters, link density, ALL-CAPS menus, counters, clock-time headline lists and boilerplate phrases.
 */
import { findDates, withoutDates } from './dates';
import { endsSentence } from './merge';
import {
  ALL_RIGHTS,
  BREADCRUMB,
  BYLINE_PREFIX,
  COPYRIGHT,
  PHOTO_CREDIT,
  SHARE_WORDS,
  STOP_LABEL,
  STOP_LINE,
  TIMESTAMP_HEADLINE,
  isSkipLine,
} from './patterns';
import type { Block, BlockClass, ScoredBlock } from './types';

export interface Features {
  length: number;
  words: number;
  letterRatio: number;
  upperRatio: number;
  linkRatio: number;
  commas: number;
  terminal: boolean;
  cjk: boolean;
}

export function features(b: Block): Features {
  const t = b.text;
  const nonSpace = t.replace(/\s/g, '').length || 1;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  const upper = (t.match(/\p{Lu}/gu) ?? []).length;
  const lower = (t.match(/\p{Ll}/gu) ?? []).length;
  return {
    length: t.length,
    words: t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    letterRatio: letters / nonSpace,
    upperRatio: upper + lower > 0 ? upper / (upper + lower) : 0,
    linkRatio: t.length ? Math.min(1, b.linkChars / t.length) : 0,
    commas: (t.match(/[,،，、]/g) ?? []).length,
    terminal: endsSentence(t) && !/[:;]$/.test(t),
    cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t),
  };
}

/** "Recommend 6 Tweet", "Facebook Twitter", "Share": share bars and social widgets. */
export function isShareBar(text: string): boolean {
  if (text.length > 120) return false;
  const tokens = text.split(/[\s|·•,/]+/).filter((w) => /\p{L}/u.test(w));
  const share = tokens.filter((w) => SHARE_WORDS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, ''))).length;
  const other = tokens.length - share;
  return share >= 2 ? other <= share : share === 1 && other === 0;
}

/** A share bar or its label ("Share this article"): widgets that sit between headline, lead and body. */
export function isShareWidget(text: string): boolean {
  return isShareBar(text) || /^(?:share|teilen|partager|compartir)(?: this| on)?(?: article| story| page| post)?\s*:?$/i.test(text);
}

export function isByline(text: string): boolean {
  const m = BYLINE_PREFIX.exec(text);
  if (!m || text.length > 100 || /[.!?]$/.test(text)) return false;
  const names = text
    .slice(m[0].length)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const capitalised = names.filter((w) => /^["'“(]?\p{Lu}/u.test(w)).length;
  return names.length > 0 && names.length <= 12 && /^["'“]?\p{Lu}/u.test(names[0] ?? '') && capitalised / names.length >= 0.5;
}

const RELATIVE_DATE_LINE =
  /^(?:(?:last )?updated|published|posted|aktualisiert(?: am)?|ver(?:ö|oe)ffentlicht(?: am)?|publi(?:é|e) le|mis (?:à|a) jour|actualizado)\b.{0,60}$/i;
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|minuten)(?:\s+(?:read|lesezeit|de lecture))?|(?:reading time|lesezeit)\s*:?\s*\d+.*)$/i;

/** A standalone date line ("MIDDLE EAST 02:13 21.11.2014", "Published: March 3, 2021"), not a sentence with a date. */
export function isDateLine(text: string): boolean {
  if (text.length > 160) return false;
  if (RELATIVE_DATE_LINE.test(text) && text.length <= 80 && /\d|\b(?:ago|today|yesterday|heute|gestern|hier)\b/i.test(text)) return true;
  if (findDates(text).length === 0) return false;
  const rest = withoutDates(text)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return rest.length <= 6 && !(rest.length >= 3 && /[.!?]$/.test(text));
}

function allCaps(f: Features): boolean {
  return f.upperRatio >= 0.8 && f.length >= 2 && f.letterRatio > 0.5;
}

function classOf(b: Block, f: Features): BlockClass {
  const t = b.text;
  if (!t) return 'skip';
  if (t.length < 250 && COPYRIGHT.test(t) && (!PHOTO_CREDIT.test(t) || ALL_RIGHTS.test(t))) return 'end';
  if (t.length < 250 && PHOTO_CREDIT.test(t)) return 'skip';
  if (READING_TIME.test(t) || isSkipLine(t)) return 'skip';
  if (STOP_LABEL.test(t) || STOP_LINE.test(t) || isShareWidget(t)) return 'stop';
  if (b.kind !== 'pre' && (isByline(t) || isDateLine(t))) return 'meta';
  if (b.kind === 'pre' || b.kind === 'row') return f.linkRatio >= 0.5 ? 'bad' : 'short';
  if (f.linkRatio >= 0.5 || (b.urls > 0 && t.replace(/\S*(?:https?:\/\/|www\.)\S*/gi, '').trim().length < 20)) return 'bad';
  if (TIMESTAMP_HEADLINE.test(t) && !(f.terminal && t.length > 100)) return 'bad';
  if (BREADCRUMB.test(t) && !f.terminal) return 'bad';
  if (b.kind === 'heading') return 'heading';
  if (f.letterRatio < 0.5 || f.words === 0) return 'bad';
  if (b.cells >= 3) return 'bad';
  if (allCaps(f) && f.words <= 12) return 'bad';
  const longEnough = f.length >= 60 && (f.words >= 8 || f.cjk);
  if (f.linkRatio < 0.3 && b.cells === 1 && ((f.terminal && longEnough) || (f.length >= 150 && f.words >= 20))) return 'good';
  if (isSentenceLike(b, f)) return 'near';
  return 'short';
}

export function isSentenceLike(b: Block, f: Features = features(b)): boolean {
  return f.terminal && f.words >= 3 && f.letterRatio >= 0.6 && !allCaps(f) && /^["'“‘„«(¿¡]?[\p{Lu}\p{N}\p{Lo}]/u.test(b.text);
}

function weightOf(cls: BlockClass, b: Block, f: Features): number {
  switch (cls) {
    case 'good':
      return 2 + Math.min(f.length, 1000) / 120 + Math.min(f.commas, 6) * 0.25 - f.linkRatio * 4;
    case 'near':
      return 0.5;
    case 'short':
      return b.kind === 'pre' || b.kind === 'row' ? 0 : -0.6;
    case 'heading':
      return allCaps(f) || f.words <= 1 ? -1.2 : -0.4;
    case 'bad':
      return f.words <= 1 ? -1.5 : -2.5;
    case 'stop':
      return -12;
    case 'end':
      return Number.NEGATIVE_INFINITY;
    default:
      return 0;
  }
}

export function classify(blocks: Block[]): ScoredBlock[] {
  return blocks.map((b, index) => {
    const f = features(b);
    const cls = classOf(b, f);
    return { ...b, index, cls, weight: weightOf(cls, b, f), words: f.words, sentenceLike: isSentenceLike(b, f) };
  });
}
