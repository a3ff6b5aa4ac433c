/** DOM glue for anchoring: visible text with a node map, and Range ↔ offset conversion. Pure: works on any DOM. */
export { offsetsToRange, rangeToOffsets, type RangeLike, type TextOffsets } from './range';
export { textOfElement, type TextMap, type TextNodeSpan, type TextOptions } from './text-of-element';
