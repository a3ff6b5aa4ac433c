/** normalizeDate: the date forms pages use, normalized to ISO 8601 that keeps the page's own offset. */
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../lib/cleaner/metadata';

describe('normalizeDate', () => {
  it.each([
    ['2014-11-21T02:13:00+03:00', '2014-11-21T02:13:00+03:00'],
    ['2014-11-21T02:13', '2014-11-21T02:13:00'],
    ['2014-11-21', '2014-11-21'],
    ['2014-11-21T02:13:00.123Z', '2014-11-21T02:13:00Z'],
    ['2014-11-21 02:13:00+0300', '2014-11-21T02:13:00+03:00'],
    ['20141121T021300Z', '2014-11-21T02:13:00Z'],
    ['Fri, 21 Nov 2014 02:13:00 +0300', '2014-11-21T02:13:00+03:00'],
    ['Fri, 21 Nov 2014 02:13:00 GMT', '2014-11-21T02:13:00Z'],
    ['Fri Nov 21 2014 02:13:00 GMT+0300 (Moscow Standard Time)', '2014-11-21T02:13:00+03:00'],
    ['November 21, 2014', '2014-11-21'],
    ['Nov. 21, 2014 2:13 p.m. EST', '2014-11-21T14:13:00-05:00'],
    ['Updated: November 21st, 2014 at 12:05 AM', '2014-11-21T00:05:00'],
    ['21 November 2014', '2014-11-21'],
    ['21.11.2014 02:13', '2014-11-21T02:13:00'],
    ['02:13 21.11.2014', '2014-11-21T02:13:00'],
    ['21. November 2014', '2014-11-21'],
    ['21 ноября 2014 г.', '2014-11-21'],
    ['21 de noviembre de 2014', '2014-11-21'],
    ['11/21/2014', '2014-11-21'],
    ['21/11/2014', '2014-11-21'],
    ['1416525180', '2014-11-20T23:13:00Z'],
    ['  2016-02-29  ', '2016-02-29'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    '',
    'soon',
    'not a date',
    'Nov 2014',
    '2014-02-30',
    '2015-02-29',
    '2014-13-01',
    '0000-00-00',
    '0001-01-01',
    '2014-11-21T25:00',
    '2014-11-21T02:61',
    '05/06/2014',
    '21 Novembre-ish 2014',
    '2014-11-21T02:13:00+25:00',
    'November 21, 2014 and other words',
  ])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  it('rejects non-strings without throwing', () => {
    expect(normalizeDate(null)).toBeNull();
    expect(normalizeDate(undefined)).toBeNull();
    expect(normalizeDate({})).toBeNull();
  });
});
