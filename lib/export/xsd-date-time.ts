/**
 * The model accepts date-times without seconds and without an offset (lib/model/schema.ts ISO_DATE_TIME: the
 * cleaner keeps a page's local times as written, older imports kept what they read). The W3C Web Annotation
 * model wants xsd:dateTime, and its test assertions JSON Schema's "date-time" (RFC 3339): seconds and an offset
 * required, the offset with a colon. This writes that form and changes nothing else.
 */
const MODEL_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * "2026-03-14T09:30" → "2026-03-14T09:30:00Z"; "…T09:30+0100" → "…T09:30:00+01:00"; a full date-time as it is.
 * A time without an offset is taken as UTC, the zone Gloss writes all its own times in. Text that is not a
 * model date-time comes back unchanged (the model's schema refuses it before it can be stored).
 */
export function toXsdDateTime(text: string): string {
  const match = MODEL_DATE_TIME.exec(text);
  if (!match) return text;
  const [, minutes, seconds = ':00', offset = 'Z'] = match;
  const zone = offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  return `${minutes}${seconds}${zone}`;
}
