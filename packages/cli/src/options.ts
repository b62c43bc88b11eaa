// Options several commands share, checked before any work is done: --date and --locale (exit 2).
import type { Workspace } from '@gea-arch/compiler';
import { DEFAULT_WORD_LOCALE, isCalendarDate, WORD_LOCALES } from '@gea-arch/core';
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

/** `--locale`: one of the workspace's locales (gea.yaml `locales`) or a language gea speaks (mn, en). */
export function checkLocale(locale: string | undefined, workspace: Workspace): void {
  const allowed = [...new Set([...workspace.config.locales, ...WORD_LOCALES])];
  if (locale === undefined || allowed.includes(locale)) return;
  throw new UsageError(
    `--locale ${locale} is not one of the workspace's locales (${allowed.join(', ')}); use one of those, or add ${locale} to \`locales\` in gea.yaml`,
  );
}

/**
 * The locale gea speaks in and labels with: `--locale`, else the `GEA_LOCALE` environment
 * variable, else gea.yaml `locale` (Mongolian by default).
 */
export function chosenLocale(option: string | undefined, env: Readonly<Record<string, string | undefined>>, workspace?: Workspace): string {
  return option ?? (env.GEA_LOCALE || undefined) ?? workspace?.config.locale ?? DEFAULT_WORD_LOCALE;
}
