// Mongolian words of the diagrams section: the same shape as the English one.
import type { WordTable } from '../words.js';

export const diagrams: WordTable['diagrams'] = {};
