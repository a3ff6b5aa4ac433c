/**
 * What the reader tells Gloss about sync: the server, the account, their own database and the desks they
 * joined. Checked here, at the boundary (the options page sends it; the background stores it). The password
 * never leaves the background: what extension pages read back is `SyncSettingsView`.
 */
import * as v from 'valibot';

/** CouchDB's database names: lowercase letter first, then lowercase letters, digits and _$()+-/ (max 238). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

const databaseName = v.pipe(
  v.string(),
  v.trim(),
  v.regex(DATABASE_NAME, 'a database name starts with a lowercase letter and has only lowercase letters, digits and _$()+-/'),
);

export const syncSettingsSchema = v.object({
  server: v.pipe(
    v.string(),
    v.trim(),
    v.url('the server must be a full address, like http://127.0.0.1:5984'),
    v.check((url) => /^https?:\/\//i.test(url), 'the server address must start with http:// or https://'),
    v.check((url) => !/^[a-z]+:\/\/[^/]*@/i.test(url), 'put the account in its own field, not in the address'),
  ),
  account: v.pipe(v.string(), v.trim(), v.minLength(1, 'the account name is missing'), v.maxLength(200)),
  password: v.pipe(v.string(), v.minLength(1, 'the password is missing'), v.maxLength(1000)),
  personal: databaseName,
  desks: v.pipe(v.array(databaseName), v.maxLength(50, 'at most 50 desks')),
  /** Where new annotations go: the reader's own database (absent or equal to `personal`) or one of the desks. */
  newIn: v.optional(databaseName),
});

export type SyncSettings = v.InferOutput<typeof syncSettingsSchema>;
export type SyncSettingsView = Omit<SyncSettings, 'password'>;

export function parseSyncSettings(input: unknown): { ok: true; value: SyncSettings } | { ok: false; error: string } {
  const parsed = v.safeParse(syncSettingsSchema, input);
  if (parsed.success) {
    const { newIn, ...rest } = parsed.output;
    if (newIn !== undefined && newIn !== rest.personal && !rest.desks.includes(newIn)) {
      return { ok: false, error: `Sync settings, newIn: new annotations can go to your database or a desk you joined, not ${newIn}` };
    }
    return { ok: true, value: { ...rest, newIn: newIn ?? rest.personal, server: rest.server.replace(/\/+$/, '') } };
  }
  const issue = parsed.issues[0];
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'settings';
  return { ok: false, error: `Sync settings, ${field}: ${issue.message}` };
}

export const viewOf = ({ password: _password, ...view }: SyncSettings): SyncSettingsView => view;

/** The databases to sync: the reader's own first, then each desk once. */
export const databasesOf = (settings: SyncSettingsView): string[] => [...new Set([settings.personal, ...settings.desks])];
