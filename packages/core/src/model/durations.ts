// Calendar dates, durations (`800ms`, `30s`, `15m`, `24h`, `90d`, `2w`, `10y`) as written and as arithmetic on
// dates, and percentages as numbers. Years are calendar years: 10y from 2026-06-01 ends on 2036-06-01.
// Dates are reckoned in whole numbers (year, month, day) on the proleptic Gregorian calendar, not with
// `Date`, which reads years 0–99 as 1900–1999 and cannot hold the days a long duration reaches (decision 0063).
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

/**
 * What `addDuration` gives for a day after 9999-12-31, the last a calendar date can write: later than
 * every date of a model, so a document kept until then outlasts every certificate.
 */
export const AFTER_YEAR_9999: unique symbol = Symbol('after the year 9999');

export function parseDuration(text: string): Duration | undefined {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text);
  return match ? { amount: Number(match[1]), unit: match[2] as DurationUnit, text } : undefined;
}

/**
 * The length of a duration written as text; `undefined` for years, which have no fixed length, and
 * for a length past `Number.MAX_SAFE_INTEGER` ms (about 285 000 years), which a number does not hold
 * exactly and would print as `1e+23` or `Infinity` (decision 0071).
 */
export function durationToMilliseconds(text: string): number | undefined {
  const duration = parseDuration(text);
  if (!duration || duration.unit === 'y') return undefined;
  const milliseconds = duration.amount * MILLISECONDS[duration.unit];
  return Number.isSafeInteger(duration.amount) && Number.isSafeInteger(milliseconds) ? milliseconds : undefined;
}

/**
 * The ISO date a duration after `date`: calendar years (29 February plus a year is 28 February),
 * days and weeks exactly, shorter units in whole days. `AFTER_YEAR_9999` when that day is after
 * 9999-12-31, however long the duration; `undefined` when `date` is not a calendar date.
 */
export function addDuration(date: string, duration: Duration): string | typeof AFTER_YEAR_9999 | undefined {
  const start = readDate(date);
  if (!start) return undefined;
  if (duration.unit === 'y') {
    const year = start.year + duration.amount;
    if (year > LAST_YEAR) return AFTER_YEAR_9999;
    return writeDate({ year, month: start.month, day: Math.min(start.day, daysInMonth(year, start.month)) });
  }
  const days = Math.floor((duration.amount * MILLISECONDS[duration.unit]) / DAY_MS);
  const end = dayNumber(start) + days;
  return end > LAST_DAY ? AFTER_YEAR_9999 : writeDate(dateOfDayNumber(end));
}

/** Whole days from one calendar date to another (negative when `to` is earlier); `NaN` when either is not a calendar date. */
export function daysBetween(from: string, to: string): number {
  const [start, end] = [readDate(from), readDate(to)];
  return start && end ? dayNumber(end) - dayNumber(start) : NaN;
}

/** Whether `text` is a real day written YYYY-MM-DD, 0000-01-01 to 9999-12-31 (`2026-02-31` is not). */
export function isCalendarDate(text: string): boolean {
  return readDate(text) !== undefined;
}

export function percentToNumber(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * Whether a number holds the percentage `text` exactly as written (`99.999999999999999999%` is read
 * as 100, and would be shown so): its digits, less leading and trailing zeros, are the number's own.
 */
export function percentHeldExactly(text: string): boolean {
  const match = /^(\d+)(?:\.(\d+))?%$/.exec(text);
  if (!match) return false;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const written = fraction === '' ? whole : `${whole}.${fraction}`;
  return String(Number(written)) === written;
}

/** A day of the calendar as whole numbers; `month` and `day` count from 1. */
interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const LAST_YEAR = 9999;

function readDate(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

function writeDate({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

// Day numbers count from 0000-03-01, so a leap day ends its year; the calendar repeats every 400
// years (146 097 days). After H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
const DAYS_IN_400_YEARS = 146_097;

function dayNumber({ year, month, day }: CalendarDay): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_IN_400_YEARS + dayOfEra;
}

function dateOfDayNumber(days: number): CalendarDay {
  const era = Math.floor(days / DAYS_IN_400_YEARS);
  const dayOfEra = days - era * DAYS_IN_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / (DAYS_IN_400_YEARS - 1))) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1 };
}

const LAST_DAY = dayNumber({ year: LAST_YEAR, month: 12, day: 31 });
