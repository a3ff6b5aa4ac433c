/** The desk rules sync-setup writes, run here as CouchDB runs them: the function source on plain documents. */
import { describe, expect, it } from 'vitest';
import {
  buildDeskDesignDoc,
  buildSecurity,
  checkDeskAccess,
  deskNameProblem,
  validateDocSource,
  type DeskAccess,
} from '../../lib/sync/validate-doc';

const access: DeskAccess = { desk: 'factcheck', members: ['ann', 'bob'], readers: ['rita'] };
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: { name: string | null; roles: string[] }, secObj: object) => void;
const validate = new Function(`return (${validateDocSource(access)});`)() as Validate;

function refusal(doc: object, name: string | null, roles: string[] = []): string | null {
  try {
    validate(doc, null, { name, roles }, {});
    return null;
  } catch (error) {
    return (error as { forbidden: string }).forbidden;
  }
}

const annotation = (editor: string, extra: object = {}) => ({
  _id: `annotation:${UUID}`,
  type: 'Annotation',
  id: `urn:uuid:${UUID}`,
  motivation: 'commenting',
  creator: { type: 'Person', name: 'Ann' },
  target: { source: 'https://news.example/a' },
  'gloss:kind': 'note',
  'gloss:editor': editor,
  ...extra,
});

describe('validate_doc_update', () => {
  it('accepts a member signing a well-formed annotation, page, speaker and source', () => {
    expect(refusal(annotation('ann'), 'ann')).toBeNull();
    // A note on the whole page: the export writes its target as the page's address, with no selector.
    expect(refusal(annotation('ann', { target: 'https://news.example/a' }), 'ann')).toBeNull();
    expect(refusal({ _id: 'page:https://news.example/a', type: 'gloss:Page', 'gloss:editor': 'bob' }, 'bob')).toBeNull();
    expect(refusal({ _id: 'speaker:jane', type: 'gloss:Speaker', 'gloss:editor': 'bob' }, 'bob')).toBeNull();
    expect(refusal({ _id: 'source:https://x.example', type: 'gloss:Source', 'gloss:editor': 'bob' }, 'bob')).toBeNull();
  });

  it('refuses readers with the message clients show, strangers and anonymous writers', () => {
    expect(refusal(annotation('rita'), 'rita')).toBe('rita may only read desk factcheck');
    expect(refusal(annotation('eve'), 'eve')).toMatch(/eve is not a member of desk factcheck/);
    expect(refusal(annotation('ann'), null)).toMatch(/Log in/);
  });

  it('lets admins write anything and members delete without a body', () => {
    expect(refusal({ _id: 'anything' }, 'root', ['_admin'])).toBeNull();
    expect(refusal({ _id: `annotation:${UUID}`, _deleted: true }, 'ann')).toBeNull();
    expect(refusal({ _id: `annotation:${UUID}`, _deleted: true }, 'rita')).toBe('rita may only read desk factcheck');
  });

  it.each([
    ['an unknown id prefix', { _id: `note:${UUID}` }, /is not annotation:<uuid>/],
    ['an id without a key', { _id: 'annotation:' }, /is not annotation:<uuid>/],
    ['a type that does not match the id', { type: 'gloss:Page' }, /must have type Annotation/],
    ['another editor', { 'gloss:editor': 'bob' }, /gloss:editor must be the account that writes this version \(ann\)/],
    ['an id that is not a UUID', { _id: 'annotation:123' }, /followed by a UUID/],
    ['a creator that is not a Person', { creator: { type: 'Organization', name: 'X' } }, /creator/],
    ['a creator without a name', { creator: { type: 'Person', name: '' } }, /creator/],
    ['an id that does not match', { id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }, /match its document id/],
    ['no target source', { target: [{ source: 'https://x' }] }, /target with a source/],
    ['an empty target address', { target: '' }, /target with a source/],
    ['an unknown kind', { 'gloss:kind': 'verdict' }, /quote, claim or note/],
    ['no motivation', { motivation: undefined }, /motivation/],
  ])('refuses an annotation with %s', (_what, change, reason) => {
    expect(refusal(annotation('ann', change), 'ann')).toMatch(reason);
  });
});

describe('desk security and design document', () => {
  it('lets members and readers read, and keeps an empty desk for admins only', () => {
    expect(buildSecurity(access)).toEqual({ admins: { names: [], roles: [] }, members: { names: ['ann', 'bob', 'rita'], roles: [] } });
    expect(buildSecurity({ desk: 'empty', members: [], readers: [] }).members).toEqual({ names: [], roles: ['_admin'] });
  });

  it('embeds any account name as a literal that ES5 engines parse', () => {
    const odd = `o'neil "q" \u2028 \\ </x>`;
    const source = validateDocSource({ desk: 'd', members: [odd], readers: [] });
    expect(source).not.toMatch(/[\u2028\u2029]/);
    const check = new Function(`return (${source});`)() as Validate;
    expect(() => check({ _id: 'page:x', type: 'gloss:Page', 'gloss:editor': odd }, null, { name: odd, roles: [] }, {})).not.toThrow();
  });

  it('embeds sorted, de-duplicated lists and is the same for the same input', () => {
    const design = buildDeskDesignDoc({ desk: 'd', members: ['bob', 'ann', 'bob'], readers: [] });
    expect(design['gloss:desk']).toEqual({ name: 'd', writers: ['ann', 'bob'], readers: [] });
    expect(buildDeskDesignDoc({ desk: 'd', members: ['ann', 'bob'], readers: [] })).toEqual(design);
  });

  it("applies CouchDB's database-name rule and refuses a reader who is also a member", () => {
    expect(deskNameProblem('news/desk-1_(x)+$')).toBeNull();
    expect(deskNameProblem('Desk')).toMatch(/must start with a lowercase letter/);
    expect(deskNameProblem('desk a')).toMatch(/may hold only lowercase letters/);
    expect(deskNameProblem('_users')).toMatch(/must start with a lowercase letter/);
    expect(deskNameProblem('a'.repeat(239))).toMatch(/239 characters/);
    expect(() => checkDeskAccess({ desk: 'd', members: ['ann'], readers: ['ann'] })).toThrow(/ann listed both as --member and as --reader/);
  });
});
