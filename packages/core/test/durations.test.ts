import { describe, expect, it } from 'vitest';
import { addDuration, durationToMilliseconds, parseDuration } from '../src/model/durations.js';

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

  it('gives fixed-length units in milliseconds, but not years, which have no fixed length', () => {
    expect(durationToMilliseconds('800ms')).toBe(800);
    expect(durationToMilliseconds('2w')).toBe(14 * 86_400_000);
    expect(durationToMilliseconds('1y')).toBeUndefined();
  });
});
