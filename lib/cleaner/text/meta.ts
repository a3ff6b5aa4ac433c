/**
 * Step 5: metadata from the blocks around the body: title, lead (excerpt), byline, dates, section, tags,
 * site name and lead image. The lead is moved out of the body, as the DOM cleaner does with a standfirst.
 */
import { features, isByline, isDateLine, isShareWidget } from './classify';
import { findDates, parseDateLine } from './dates';
import { BYLINE_PREFIX, TIMESTAMP_HEADLINE } from './patterns';
import type { BodyRun } from './body';
import type { ScoredBlock } from './types';

export interface TextMetadata {
  title: string;
  excerpt: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  section: string | null;
  siteName: string | null;
  tags: string[];
  leadImage: string | null;
}

/** How far before the body a headline, byline or date line may sit. */
const LOOK_BACK = 15;
const TAG_LABEL =
  /^(?:tags?|tagged(?: with| in)?|keywords|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|mots-cl(?:é|e)s|(?:é|e)tiquettes|etiquetas|temas)\s*[:：]\s*(.*)$/i;

function allCaps(b: ScoredBlock): boolean {
  const f = features(b);
  return f.upperRatio >= 0.8 && f.letterRatio > 0.5;
}

/** Reads like a standfirst: a real sentence, not a headline. */
function readsLikeLead(b: ScoredBlock): boolean {
  return b.words >= 6 && /[.!?…]["'”’»)]*$/.test(b.text) && !allCaps(b) && features(b).linkRatio < 0.5;
}

function titleLike(b: ScoredBlock): boolean {
  if (['bad', 'stop', 'end', 'skip', 'meta'].includes(b.cls)) return false;
  const f = features(b);
  if (b.words < 2 || b.words > 30 || f.length > 250 || b.cells > 1 || f.linkRatio >= 0.5) return false;
  if (allCaps(b) || /[:,;]$/.test(b.text) || TIMESTAMP_HEADLINE.test(b.text) || f.letterRatio < 0.6) return false;
  return b.kind === 'heading' || (b.kind === 'para' && !/\.$/.test(b.text));
}

/** "Headline | Site" -> ["Headline", "Site"] when the suffix is short and name-like. */
function splitSiteSuffix(title: string): [string, string | null] {
  const m = /^(.{8,}?)\s+(?:\||–|—|-|::)\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return [title, null];
  const suffix = (m[2] ?? '').trim();
  const words = suffix.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) ? [(m[1] ?? '').trim(), suffix] : [title, null];
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-/(])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A lone ALL-CAPS label: "MIDDLE EAST", "POLITIK". */
function sectionLabel(text: string): string | null {
  const t = text.replace(/[\s|·•:–—-]+$/, '').trim();
  if (!t || /\d/.test(t) || /^(?:published|updated|posted|aktualisiert|ver(?:ö|oe)ffentlicht)\b/i.test(t)) return null;
  const words = t.split(/\s+/);
  const upper = (t.match(/\p{Lu}/gu) ?? []).length;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  return words.length <= 4 && letters >= 3 && upper === letters ? titleCase(t) : null;
}

/** "By Jane Doe · March 3, 2021" -> "Jane Doe". */
function bylineName(text: string): string | null {
  const firstDate = findDates(text)[0];
  const name = text
    .slice(0, firstDate?.index ?? text.length)
    .replace(BYLINE_PREFIX, '')
    .replace(/[\s|·•,–—-]+(?:on|am|le|el)?\s*$/i, '')
    .trim();
  return name || null;
}

function findTags(blocks: ScoredBlock[]): string[] {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const m = TAG_LABEL.exec(b.text);
    if (!m) continue;
    let raw = (m[1] ?? '').split(/\s*[,;|·•]\s*/);
    if (!m[1]) {
      raw = [];
      for (let j = i + 1; j < blocks.length && blocks[j]?.kind === 'list'; j++) raw.push(blocks[j]?.text ?? '');
    }
    const tags = [...new Set(raw.map((t) => t.replace(/^#/, '').trim()).filter((t) => t && t.length <= 60))];
    if (tags.length) return tags;
  }
  return [];
}

function findSiteName(blocks: ScoredBlock[]): string | null {
  for (const b of blocks) {
    if (b.cls !== 'end') continue;
    const m =
      /©\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?)?\s*([^.|,©\d][^.|,©]{1,40}?)\s*(?:[.,|]|all rights|alle rechte|tous droits|todos los|$)/i.exec(
        b.text,
      );
    const name = m?.[1]?.trim();
    if (name && /\p{Lu}/u.test(name) && name.split(/\s+/).length <= 4) return name;
  }
  return null;
}

export function extractMetadata(all: ScoredBlock[], run: BodyRun): { meta: TextMetadata; body: ScoredBlock[] } {
  let body = [...run.blocks];
  const before = all.slice(Math.max(0, run.start - LOOK_BACK), run.start).reverse();
  let excerpt: ScoredBlock | null = null;

  // A byline/date line inside the top of the run means the blocks above it are headline and lead, not body.
  const metaAt = all.slice(run.start, run.end).find((b) => b.cls === 'meta')?.index ?? -1;
  const lead = body.filter((b) => b.index < metaAt);
  if (lead.length > 0 && lead.length <= 2 && body.some((b) => b.index > metaAt && b.cls === 'good')) {
    body = body.filter((b) => !lead.includes(b));
    excerpt = [...lead].reverse().find(readsLikeLead) ?? null;
    before.unshift(...[...lead].reverse());
  }
  const first = body[0];
  if (!excerpt && first && first.emphasized && readsLikeLead(first) && body.length > 1) {
    excerpt = first;
    body = body.slice(1);
  }
  // Bylines, date lines, ads and share bars often sit between headline, lead and body: look through them.
  const nearest = before.filter((b) => b.cls !== 'skip' && b.cls !== 'meta' && !(b.cls === 'stop' && isShareWidget(b.text)));
  const neighbour = nearest[0];
  if (!excerpt && neighbour && readsLikeLead(neighbour)) {
    const lead =
      neighbour.kind === 'heading' || neighbour.emphasized || (neighbour.kind === 'para' && ['good', 'near'].includes(neighbour.cls));
    if (lead && neighbour.text.length <= 400) excerpt = neighbour;
  }

  const candidates = nearest.filter((b) => b !== excerpt && titleLike(b));
  const titleBlock =
    candidates.find((b) => b.kind === 'heading' && b.level === 1) ??
    all.slice(0, run.start).find((b) => b !== excerpt && b.kind === 'heading' && b.level === 1 && titleLike(b)) ??
    candidates.find((b) => b.kind === 'heading') ??
    // A plain line must sit close to the body and be more than a two-word menu entry ("All news").
    nearest.slice(0, 4).find((b) => b !== excerpt && b.kind === 'para' && b.words >= 4 && titleLike(b));
  const [title, siteFromTitle] = splitSiteSuffix(titleBlock?.text ?? excerpt?.text ?? '');

  const around = [...before, ...all.slice(run.start, run.end).filter((b) => b.cls === 'meta')];
  const bylineBlock = around.find((b) => b.cls === 'meta' && isByline(b.text));
  const byline = bylineBlock ? bylineName(bylineBlock.text) : null;

  let published: string | null = null;
  let modified: string | null = null;
  let section: string | null = null;
  const dateBlock = around.find((b) => b.cls === 'meta' && isDateLine(b.text) && findDates(b.text).length > 0);
  if (dateBlock) {
    ({ published, modified } = parseDateLine(dateBlock.text));
    const firstDate = findDates(dateBlock.text)[0];
    section = sectionLabel(dateBlock.text.slice(0, firstDate?.index ?? 0));
    // A lone ALL-CAPS label right before the date line or the headline ("POLITIK").
    for (const neighbour of [all[dateBlock.index - 1], titleBlock && all[titleBlock.index - 1]]) {
      if (!section && neighbour && neighbour.cells === 1 && neighbour.kind !== 'list') section = sectionLabel(neighbour.text);
    }
  }

  // From the headline on: a logo in the site header is not the article's image.
  const images = all.slice(titleBlock?.index ?? run.start, run.end).flatMap((b) => b.images);
  return {
    body,
    meta: {
      title,
      excerpt: excerpt?.text ?? null,
      byline,
      published,
      modified,
      section,
      siteName: siteFromTitle ?? findSiteName(all),
      tags: findTags(all),
      leadImage: images[0] ?? null,
    },
  };
}
