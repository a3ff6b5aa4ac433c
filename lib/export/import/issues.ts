/** Turns valibot issues into messages that name the record and the field, e.g. `annotations[12].verdict:
 *  expected one of unverified, supported, disputed, false, misleading or null, got "maybe" (id "urn:uuid:…")`. */
import * as v from 'valibot';
import { IMPORT_LIMITS } from './limits';

type Issue = v.BaseIssue<unknown>;

/** `at` names the record (`annotations[12]`); `id`, when known, is added so the user can find it. */
export function describeIssue(at: string, issue: Issue, id?: unknown): string {
  const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`));
  return `${at}${path.join('')}: ${issueText(issue)}${idHint(id)}`;
}

function issueText(issue: Issue): string {
  const text = rawIssueText(issue);
  // A hostile value (a 10 MB "verdict") must not become a 10 MB error message.
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

function rawIssueText(issue: Issue): string {
  if (issue.received === 'undefined' && issue.kind === 'schema') return 'missing';
  // valibot's generic wording ("Invalid type: Expected string but received 1") is rephrased; our schemas' own
  // messages are kept and told what they got, when that is a value worth showing (not an object or a length).
  if (issue.message.startsWith('Invalid ')) return `expected ${issue.expected}, got ${issue.received}`;
  const showsValue = ['string', 'number', 'boolean'].includes(typeof issue.input) && !LENGTH_CHECKS.has(issue.type);
  return showsValue && !issue.message.includes(' got ') ? `${issue.message}, got ${issue.received}` : issue.message;
}

const LENGTH_CHECKS = new Set(['max_length', 'min_length', 'non_empty', 'length']);

/** One error for the whole file: the first few problems, and how many more there are. */
export function summarize(problems: readonly string[]): string {
  const shown = problems.slice(0, IMPORT_LIMITS.maxReportedIssues);
  const more = problems.length - shown.length;
  const tail = more > 0 ? `\n…and ${more} more problem${more === 1 ? '' : 's'}` : '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Nothing was imported (${count}):\n${shown.join('\n')}${tail}`;
}

/**
 * Validates each record with `schema` (`undefined` entries are skipped). All records are checked so the message can count every problem, but
 * the result is all-or-nothing: one bad record rejects the file. `fast`, when given, returns the schema's output
 * for records it is sure about (see fast-records.ts) and `undefined` for the rest, which the schema then checks.
 */
export function validateEach<S extends v.GenericSchema>(
  schema: S,
  records: readonly unknown[],
  at: (index: number) => string,
  idOf: (index: number) => unknown = () => undefined,
  fast: (record: unknown, index: number) => v.InferOutput<S> | undefined = () => undefined,
): { ok: true; value: v.InferOutput<S>[] } | { ok: false; problems: string[] } {
  const value: v.InferOutput<S>[] = [];
  const problems: string[] = [];
  records.forEach((record, index) => {
    if (record === undefined) return; // already refused by an earlier step, which reported why
    const checked = fast(record, index);
    if (checked !== undefined) {
      value.push(checked);
      return;
    }
    const result = v.safeParse(schema, record);
    if (result.success) {
      value.push(result.output);
      return;
    }
    // One problem per field: a malformed date fails both its pattern and its calendar check, say it once.
    const seen = new Set<string>();
    for (const issue of result.issues) {
      const path = JSON.stringify((issue.path ?? []).map((item) => item.key));
      if (seen.has(path)) continue;
      seen.add(path);
      problems.push(describeIssue(at(index), issue, idOf(index)));
    }
  });
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** ` (id "…")`, clipped so a hostile file cannot make the message huge. */
export function idHint(id: unknown): string {
  if (typeof id !== 'string' || id === '') return '';
  return ` (id ${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)})`;
}

export function tooMany(count: number, what: string, limit: number): string {
  return `The file holds ${count.toLocaleString('en')} ${what}; Gloss imports at most ${limit.toLocaleString('en')} at a time. Split the file and import the parts.`;
}
