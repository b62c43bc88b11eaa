// Mongolian words of the syntax section: the same shape as the English one.
import type { WordTable } from '../words.js';

export const syntax: WordTable['syntax'] = {};
