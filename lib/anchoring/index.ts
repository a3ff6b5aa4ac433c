/** Gloss's anchoring core: describe a text span as selectors, and find it again in (possibly edited) text. */
export { anchorText, type TextRange } from './anchor';
export { describeText } from './describe';
export { normalizeString, normalizeWithMap, type NormalizedText } from './normalize';
