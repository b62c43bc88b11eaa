// Writes docs/rules.md from the rule catalogue in English (run after a build: `npm run docs:rules`).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ruleCatalog, wordsFor } = await import('../packages/core/dist/index.js');
const RULE_INFOS = ruleCatalog(wordsFor('en'));
const { renderRulesDoc, RULES_DOC_PATH } = await import('../packages/compiler/dist/index.js');

writeFileSync(join(root, RULES_DOC_PATH), renderRulesDoc(RULE_INFOS));
console.log(`${RULES_DOC_PATH}: ${RULE_INFOS.length} finding ids`);
