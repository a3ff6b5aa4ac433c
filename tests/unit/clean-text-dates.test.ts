/** Dates written out in page text, as the text cleaner reads them: ISO only when unambiguous. */
import { describe, expect, it } from 'vitest';
import { findDates, parseDateLine } from '../../lib/cleaner/text/dates';

const iso = (text: string) => findDates(text)[0]?.iso ?? null;

describe('text dates', () => {
  it('reads day-first dotted dates with a clock time before or after', () => {
    expect(iso('02:13 21.11.2014')).toBe('2014-11-21T02:13:00');
    expect(iso('08.09.2023, 14:32 Uhr')).toBe('2023-09-08T14:32:00');
  });

  it('reads month names in English, German, French and Spanish', () => {
    expect(iso('November 21, 2014')).toBe('2014-11-21');
    expect(iso('Nov. 21st, 2014 at 9:05 pm')).toBe('2014-11-21T21:05:00');
    expect(iso('21. März 2014')).toBe('2014-03-21');
    expect(iso('3 août 2020')).toBe('2020-08-03');
    expect(iso('5 de mayo de 2019')).toBe('2019-05-05');
  });

  it('keeps ISO dates and their offsets', () => {
    expect(iso('2014-11-21T02:13:00+03:00')).toBe('2014-11-21T02:13:00+03:00');
    expect(iso('Posted 2014-11-21')).toBe('2014-11-21');
  });

  it('leaves ambiguous and impossible dates unset', () => {
    expect(iso('03/04/2014')).toBeNull();
    expect(iso('13/04/2014')).toBe('2014-04-13');
    expect(iso('04/13/2014')).toBe('2014-04-13');
    expect(iso('31.02.2014')).toBeNull();
  });

  it('splits published and updated dates of a date line', () => {
    expect(parseDateLine('MIDDLE EAST 02:13 21.11.2014 (updated 02:25 21.11.2014)')).toEqual({
      published: '2014-11-21T02:13:00',
      modified: '2014-11-21T02:25:00',
    });
    expect(parseDateLine('Updated: May 3, 2021')).toEqual({ published: null, modified: '2021-05-03' });
  });
});
