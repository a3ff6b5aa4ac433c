/**
 * Sane upper bounds: far above real use (a long article is ~100k characters), small enough that a hostile
 * message or file can't bloat the database. The same as lib/export's import limits, so an import the importer
 * accepts is never refused by storage. A module of its own, with no schema library, because the small content
 * script that runs on every page needs them too (schema.ts checks them).
 */
export const LIMITS = {
  id: 128,
  url: 8_192,
  exact: 100_000,
  context: 10_000,
  comment: 100_000,
  name: 500,
  role: 500,
  title: 2_000,
  publisher: 500,
  tag: 200,
  tags: 200,
  sources: 500,
  selectors: 20,
} as const;
