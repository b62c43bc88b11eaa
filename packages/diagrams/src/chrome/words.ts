// The renderer's words: the diagrams section of the word table of the view's locale.
import { wordsFor, type DiagramWords } from '@gea-arch/core';

export type { DiagramWords };

export function diagramWords(locale: string): DiagramWords {
  return wordsFor(locale).diagrams;
}

/** A node's badge in words: the model's markers (`base registry`, …) translated, any other text as it is. */
export function badgeText(badge: string, words: DiagramWords): string {
  return Object.hasOwn(words.badges, badge) ? words.badges[badge as keyof DiagramWords['badges']] : badge;
}

/** A legend entry starts with a capital: `data asset` → `Data asset`. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
