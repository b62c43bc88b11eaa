// Options several commands share, checked before any work is done: --date and --locale (exit 2),
// and the locale gea speaks in: `--locale`, else GEA_LOCALE, else gea.yaml `locale`, else mn.
import type { Workspace } from '@gea-arch/compiler';
import { isCalendarDate } from '@gea-arch/core/model';
import { DEFAULT_WORD_LOCALE, WORD_LOCALES } from '@gea-arch/core/words';
import { askedLocale } from './asked-locale.js';
import { UsageError } from './usage-error.js';

export { askedLocale, localeOnCommandLine } from './asked-locale.js';

type Env = Readonly<Record<string, string | undefined>>;

/** `--date`: a real calendar day written YYYY-MM-DD. */
export function checkDate(date: string | undefined): void {
  if (date === undefined || isCalendarDate(date)) return;
  throw new UsageError((words) =>
    /^\d{4}-\d{2}-\d{2}$/.test(date) ? words.cli.usage.dateNotOnCalendar({ date }) : words.cli.usage.dateForm({ date }),
  );
}

/** `--locale` of labels: one of the workspace's locales (gea.yaml `locales`) or a language gea speaks (mn, en). */
export function checkLocale(locale: string | undefined, workspace: Workspace): void {
  if (locale === undefined || workspace.config.locales.includes(locale) || (WORD_LOCALES as readonly string[]).includes(locale)) return;
  throw notAllowed(locale, workspace);
}

/** `--locale` of messages: a language gea speaks (`mn`, `en-GB`, …) or one of the workspace's locales. */
export function checkMessageLocale(locale: string | undefined, workspace: Workspace): void {
  if (locale === undefined || speaks(locale) || workspace.config.locales.includes(locale)) return;
  throw notAllowed(locale, workspace);
}

/** Names both lists a locale may come from: the workspace's own, and the languages gea speaks. */
function notAllowed(locale: string, workspace: Workspace): UsageError {
  const locales = workspace.config.locales.join(', ');
  return new UsageError((words) => words.cli.usage.localeNotInWorkspace({ locale, locales, spoken: WORD_LOCALES.join(', ') }));
}

/** `--locale` where there is no workspace (`gea rules`, `gea explain`, `gea init`): a language gea speaks. */
export function checkWordLocale(locale: string | undefined): void {
  if (locale === undefined || speaks(locale)) return;
  throw new UsageError((words) => words.cli.usage.localeNotSpoken({ locale, spoken: WORD_LOCALES.join(', ') }));
}

/** Whether a locale tag (`mn`, `mn-MN`, `en_US.UTF-8`) is in a language gea has words for. */
function speaks(tag: string): boolean {
  const language = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0]!;
  return (WORD_LOCALES as readonly string[]).includes(language);
}

/**
 * The locale gea speaks in and labels with: `--locale`, else the `GEA_LOCALE` environment
 * variable, else gea.yaml `locale` (Mongolian by default).
 */
export function chosenLocale(option: string | undefined, env: Env, workspace?: Workspace): string {
  return askedLocale(option, env) ?? workspace?.config.locale ?? DEFAULT_WORD_LOCALE;
}
