/** Gloss's anchoring core: describe a text span as selectors, and find it again in (possibly edited) text. */
export { anchorText, anchorTextResult, type TextRange } from './anchor';
export { describeText } from './describe';
export { normalizeString, normalizeWithMap, type NormalizedText } from './normalize';
