/** laterIso / earlierIso: the text shortcut for toISOString-shaped times must agree with comparing instants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlierIso, laterIso } from '@/lib/db/transaction';

const instant = fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
const iso = fc.oneof(
  instant.map((d) => d.toISOString()),
  // The same instants written with an offset (the slow path), and text that isn't a date at all.
  instant
    .filter((d) => d.getUTCFullYear() > 1 && d.getUTCFullYear() < 9999)
    .map((d) => new Date(d.getTime() + 3_600_000).toISOString().replace('Z', '+01:00')),
  fc.constantFrom('not a date', ''),
);

describe('laterIso and earlierIso', () => {
  it('pick by instant whenever both parse, by text otherwise', () => {
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [ta, tb] = [Date.parse(a), Date.parse(b)];
        const later = Number.isNaN(ta) || Number.isNaN(tb) ? (a > b ? a : b) : ta >= tb ? a : b;
        expect(laterIso(a, b)).toBe(later);
        expect(earlierIso(a, b)).toBe(later === a ? b : a);
      }),
      { numRuns: 2000 },
    );
  });
});
