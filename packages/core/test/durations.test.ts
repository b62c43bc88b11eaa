import { describe, expect, it } from 'vitest';
import {
  addDuration,
  AFTER_YEAR_9999,
  daysBetween,
  durationToMilliseconds,
  isCalendarDate,
  parseDuration,
} from '../src/model/durations.js';

const after = (date: string, text: string) => addDuration(date, parseDuration(text)!);

describe('durations', () => {
  it('keeps a duration as written: amount, unit and text', () => {
    expect(parseDuration('10y')).toEqual({ amount: 10, unit: 'y', text: '10y' });
    expect(parseDuration('800ms')).toEqual({ amount: 800, unit: 'ms', text: '800ms' });
    expect(parseDuration('10 y')).toBeUndefined();
  });

  it('adds years as calendar years', () => {
    expect(after('2026-06-01', '10y')).toBe('2036-06-01');
    expect(after('2026-06-01', '75y')).toBe('2101-06-01');
  });

  it('ends a year from 29 February on 28 February when the later year has no 29 February', () => {
    expect(after('2028-02-29', '1y')).toBe('2029-02-28');
    expect(after('2028-02-29', '4y')).toBe('2032-02-29');
  });

  it('adds days and weeks exactly, across leap days', () => {
    expect(after('2028-02-28', '2d')).toBe('2028-03-01');
    expect(after('2026-06-01', '365d')).toBe('2027-06-01');
    expect(after('2026-06-01', '2w')).toBe('2026-06-15');
  });

  it('counts shorter units in whole days', () => {
    expect(after('2026-06-01', '36h')).toBe('2026-06-02');
    expect(after('2026-06-01', '90m')).toBe('2026-06-01');
  });

  it('gives no date after something that is not a date', () => {
    expect(after('2026-02-30', '1y')).toBeUndefined();
    expect(after('soon', '1d')).toBeUndefined();
  });

  it('adds to dates in the years 0000–0099, which are not read as 1900–1999', () => {
    expect(after('0050-01-01', '1d')).toBe('0050-01-02');
    expect(after('0099-12-31', '1d')).toBe('0100-01-01');
    expect(after('0000-02-29', '1y')).toBe('0001-02-28');
    expect(after('0000-02-28', '1d')).toBe('0000-02-29');
    expect(after('0001-01-01', '10y')).toBe('0011-01-01');
  });

  it('gives a day after 9999-12-31 as after the year 9999, for any duration the grammar reads, without a crash', () => {
    expect(after('9999-12-30', '1d')).toBe('9999-12-31');
    expect(after('9999-12-31', '1d')).toBe(AFTER_YEAR_9999);
    expect(after('9999-12-31', '86399999ms')).toBe('9999-12-31');
    expect(after('9999-12-31', '24h')).toBe(AFTER_YEAR_9999);
    expect(after('2026-06-01', '7973y')).toBe('9999-06-01');
    for (const text of [
      '7974y',
      '10000y',
      '274000000y',
      '3000000d',
      '100000000d',
      '600000w',
      `${'9'.repeat(400)}ms`,
      `${'9'.repeat(400)}y`,
    ]) {
      expect(after('2026-06-01', text), text).toBe(AFTER_YEAR_9999);
    }
  });

  it('agrees with the Gregorian calendar of Date on days spread over 1600–2400', () => {
    const start = Date.UTC(1600, 0, 1);
    for (let days = 0; days < 800 * 366; days += 97) {
      const expected = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
      expect(after('1600-01-01', `${days}d`)).toBe(expected);
      expect(daysBetween('1600-01-01', expected)).toBe(days);
    }
  });

  it('counts whole days between calendar dates, and none between what is not one', () => {
    expect(daysBetween('2026-06-01', '2026-08-30')).toBe(90);
    expect(daysBetween('2026-06-01', '2026-05-31')).toBe(-1);
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
    expect(daysBetween('0000-01-01', '0001-01-01')).toBe(366);
    expect(daysBetween('0000-01-01', '9999-12-31')).toBe(10_000 * 365.2425 - 1);
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
    expect(daysBetween('2026-06-01', 'soon')).toBeNaN();
  });

  it('reads calendar dates from 0000-01-01 to 9999-12-31, with leap days where the calendar has them', () => {
    for (const date of ['0000-01-01', '0001-01-01', '0050-01-01', '0099-12-31', '0000-02-29', '2000-02-29', '2028-02-29', '9999-12-31']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
    for (const date of [
      '0100-02-29',
      '1900-02-29',
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      '+10000-01-01',
    ]) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });

  it('gives fixed-length units in milliseconds, but not years, which have no fixed length', () => {
    expect(durationToMilliseconds('800ms')).toBe(800);
    expect(durationToMilliseconds('2w')).toBe(14 * 86_400_000);
    expect(durationToMilliseconds('1y')).toBeUndefined();
  });

  it('holds no length past what a number holds exactly, which would print as 1e+23 or Infinity', () => {
    expect(durationToMilliseconds(`${Number.MAX_SAFE_INTEGER}ms`)).toBe(Number.MAX_SAFE_INTEGER);
    expect(durationToMilliseconds(`${Number.MAX_SAFE_INTEGER}s`)).toBeUndefined();
    expect(durationToMilliseconds('9007199254740993ms')).toBeUndefined();
    expect(durationToMilliseconds(`${'9'.repeat(400)}ms`)).toBeUndefined();
  });
});
