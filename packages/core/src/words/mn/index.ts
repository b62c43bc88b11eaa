// The Mongolian table: the same shape as the English one.
import type { WordTable } from '../words.js';
import { cli } from './cli.js';
import { common } from './common.js';
import { diagrams } from './diagrams.js';
import { editor } from './editor.js';
import { rules } from './rules.js';
import { syntax } from './syntax.js';

export const mn: WordTable = { common, rules, syntax, diagrams, cli, editor };
