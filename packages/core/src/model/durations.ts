// Calendar dates, durations (`800ms`, `30s`, `15m`, `24h`, `90d`, `2w`, `10y`) as written and as arithmetic on
// dates, and percentages as numbers. Years are calendar years: 10y from 2026-06-01 ends on 2036-06-01.
import type { Duration, DurationUnit } from './types.js';

const DAY_MS = 86_400_000;

/** Units of fixed length; a calendar year (`y`) has none. */
const MILLISECONDS: Readonly<Record<Exclude<DurationUnit, 'y'>, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: DAY_MS,
  w: 7 * DAY_MS,
};

export function parseDuration(text: string): Duration | undefined {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text);
  return match ? { amount: Number(match[1]), unit: match[2] as DurationUnit, text } : undefined;
}

/** The length of a duration written as text; `undefined` for years, which have no fixed length. */
export function durationToMilliseconds(text: string): number | undefined {
  const duration = parseDuration(text);
  return duration && duration.unit !== 'y' ? duration.amount * MILLISECONDS[duration.unit] : undefined;
}

/**
 * The ISO date a duration after `date`: calendar years (29 February plus a year is 28 February),
 * days and weeks exactly, shorter units in whole days begun. `undefined` when `date` is not a date.
 */
export function addDuration(date: string, duration: Duration): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (duration.unit === 'y') {
    const later = year + duration.amount;
    return isoDate(later, month, Math.min(day, daysInMonth(later, month)));
  }
  const days = Math.floor((duration.amount * MILLISECONDS[duration.unit]) / DAY_MS);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

export function percentToNumber(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `text` is a real day written YYYY-MM-DD (`2026-02-31` is not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
