// The findings of parsing and linking, described like the rules so that `gea explain` and SARIF
// cover every id gea reports.
import type { RuleInfo } from './rule.js';

export const LANGUAGE_RULE_INFOS: readonly RuleInfo[] = [
  {
    id: 'syntax',
    severity: 'error',
    summary: 'The file follows the gea grammar; values come from their fixed sets.',
    explanation: `The parser could not read part of a file, or a value is not one of the values its property
takes (\`kind agancy\`), or a property is given twice, a date does not exist (2026-02-30), a
plateau has no \`date\`, or a waiver lacks \`rule\`, \`on\` or \`reason\`. The parser recovers
and goes on, so the rest of the file is still checked; fix the first error first.

Bad:
  agency mta "Татварын ерөнхий газар" { kind agancy }

Good:
  agency mta "Татварын ерөнхий газар" { kind agency }`,
  },
  {
    id: 'unresolved-reference',
    severity: 'error',
    summary: 'Every reference names an element that is declared (with the right kind).',
    explanation: `A reference is looked up in the file's namespace, then in each enclosing namespace outward, then
as an absolute name. This finding says what kind of element was expected and, where one exists,
the closest declared name. Fields in \`{ … }\` lists are looked up in the data asset before the
braces; rule ids in waivers among the rules.

Bad:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gars }

Good:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr }`,
  },
  {
    id: 'duplicate-name',
    severity: 'error',
    summary: 'Every declaration has a full name of its own in the workspace.',
    explanation: `Two declarations with one full name (namespace and id) are reported at both places. Both stay in
the model and references go to the first in source order (by file path, then line), so the
second is unreachable. Fields, operations and events must likewise be unique inside their
declaration.

Bad:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr }
  system civil_registry "Давхардсан систем" { owner gasr }

Good: rename one (\`civil_registry_archive\`), or move it to another namespace.`,
  },
  {
    id: 'plateau-order',
    severity: 'error',
    summary: 'Plateaus have distinct dates, so they are ordered.',
    explanation: `Plateaus are architecture states ordered by date; lifecycles (\`from\`, \`until\`) and waivers
compare those dates. Two plateaus with one date cannot be ordered.

Bad:
  plateau current "Одоо" { date 2026-01-01 }
  plateau baseline "Суурь" { date 2026-01-01 }

Good: merge them, or give each its own date.`,
  },
];
