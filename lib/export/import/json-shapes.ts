/** Small type guards for walking parsed JSON before it is validated. */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export const firstQuoteExact = (selectors: unknown): string | undefined => {
  if (!Array.isArray(selectors)) return undefined;
  for (const s of selectors) if (isObject(s) && s.type === 'TextQuoteSelector' && typeof s.exact === 'string') return s.exact;
  return undefined;
};
