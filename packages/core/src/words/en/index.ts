// The English table: it defines the shape of every table.
import { archimate } from './archimate.js';
import { cli } from './cli.js';
import { common } from './common.js';
import { diagrams } from './diagrams.js';
import { editor } from './editor.js';
import { reports } from './reports.js';
import { rules } from './rules.js';
import { site } from './site.js';
import { specs } from './specs.js';
import { syntax } from './syntax.js';

export const en = { common, rules, syntax, diagrams, cli, reports, specs, archimate, editor, site };
