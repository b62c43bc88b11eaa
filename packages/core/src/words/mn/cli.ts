// Mongolian words of the cli section: the same shape as the English one.
import type { WordTable } from '../words.js';

export const cli: WordTable['cli'] = {};
