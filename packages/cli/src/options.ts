// Options several commands share, checked before any work is done: --date and --locale (exit 2).
import type { Workspace } from '@gea-arch/compiler';
import { isCalendarDate } from '@gea-arch/core';
import { UsageError } from './usage-error.js';

/** `--date`: a real calendar day written YYYY-MM-DD. */
export function checkDate(date: string | undefined): void {
  if (date === undefined || isCalendarDate(date)) return;
  throw new UsageError(
    /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? `--date ${date} is not a calendar date; give a real day, written YYYY-MM-DD`
      : `--date takes a date written YYYY-MM-DD, not \`${date}\``,
  );
}

/** `--locale`: one of the workspace's locales (gea.yaml `locales`; by default just `locale`). */
export function checkLocale(locale: string | undefined, workspace: Workspace): void {
  const { locales } = workspace.config;
  if (locale === undefined || locales.includes(locale)) return;
  throw new UsageError(
    `--locale ${locale} is not one of the workspace's locales (${locales.join(', ')}); use one of those, or add ${locale} to \`locales\` in gea.yaml`,
  );
}
