/**
 * Tag and section cleanup. CMSs leak internal values into keywords: "@post-id:1913719", "/article",
 * "ctp_video", "Category: Jupiter", entity annotations ("Mark Esper GOVERNMENT_FIGURE PERSON"), or whole
 * sentences. Tags are shown to the reader and used for grouping, so those are repaired or dropped.
 */
import { collapseWhitespace, dedupeCaseInsensitive, splitKeywords } from './text';

const MAX_TAGS = 30;
const MAX_TAG_WORDS = 10;
const MAX_TAG_CHARS = 100;

/** Named-entity labels some CMSs append to keywords. */
const ENTITY_LABELS = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'GPE', 'NORP']);

/** One tag made presentable, or null when it is CMS plumbing rather than a topic. */
export function cleanTag(raw: string): string | null {
  let tag = collapseWhitespace(raw).replace(/^(?:category|topic|tags?|section|subject)\s*:\s*/i, '');
  if (/^[@/]|^[a-z][\w-]*:\S/i.test(tag) || /:\/\//.test(tag)) return null;
  const words = tag.split(' ').filter((word) => !/^[A-Z]+(?:_[A-Z]+)+$/.test(word));
  const annotated = words.length < tag.split(' ').length;
  while (words.length > 1 && annotated && ENTITY_LABELS.has(words[words.length - 1] ?? '')) words.pop();
  tag = words.join(' ').replace(/^#(?=\p{L})/u, '');
  if (tag === '' || ENTITY_LABELS.has(tag)) return null;
  if (/^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(tag)) return null; // "ctp_video", "autoplay_video"
  if (words.length > MAX_TAG_WORDS || tag.length > MAX_TAG_CHARS) return null;
  return tag;
}

/**
 * Merges tag sources in order, cleaned and deduplicated case-insensitively; `fallback` (name=keywords and
 * the like, often SEO filler) is used only when the real sources give nothing.
 */
export function pickTags(tags: string[], fallback: string[]): string[] {
  const clean = (values: string[]): string[] =>
    dedupeCaseInsensitive(values.map(cleanTag).filter((tag): tag is string => tag !== null)).slice(0, MAX_TAGS);
  const merged = clean(tags);
  return merged.length > 0 ? merged : clean(fallback);
}

/**
 * article:tag is one tag per meta, and tags may contain commas ("Elections, Governors"). A page that puts
 * its whole list into a single article:tag ("Hong Kong,Protest,Asia Pacific,…") is split, though.
 */
export function splitArticleTags(values: string[]): string[] {
  if (values.length !== 1) return values;
  const parts = splitKeywords(values[0] ?? '');
  return parts.length >= 3 ? parts : values;
}

/**
 * A section is one name. Some CMSs put the post's category list there ("game,news,slider", "Commercial
 * Real Estate,Home Page,Popular"); the first entry is the primary section.
 */
export function cleanSection(section: string | null): string | null {
  if (section === null) return null;
  const parts = splitKeywords(section);
  const isList = /,\S/.test(section) || parts.length >= 3;
  return (isList ? parts[0] : section) ?? null;
}
