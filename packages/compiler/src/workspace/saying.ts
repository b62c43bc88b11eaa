// A message that can be said in the words of any locale. Errors keep theirs, so that whoever
// shows one (the CLI) says it in the locale its reader chose, whatever locale it was made in.
import { wordsFor, type Words } from '@gea-arch/core';

export type Saying = (words: Words) => string;

/** A fixed text says itself in every locale (for messages made elsewhere, such as YAML's own). */
export function sayingOf(message: string | Saying): Saying {
  return typeof message === 'string' ? () => message : message;
}

/** What `saying` says in `locale` (Mongolian when none is given). */
export function say(saying: Saying, locale?: string): string {
  return saying(wordsFor(locale));
}
