// `gea rules` (every finding id, its default severity and what it checks) and `gea explain ID`.
import { closestMatches, findRule, ruleCatalog } from '@gea-arch/core';
import type { Io } from '../terminal.js';
import { UsageError } from '../usage-error.js';

export function listRules(io: Io): number {
  const rules = ruleCatalog();
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(7)}  ${rule.summary}`);
  io.stdout(`${'id'.padEnd(idWidth)}  ${'default'.padEnd(7)}  checks\n${lines.join('\n')}\n\n\`gea explain ID\` tells why, with an example; gea.yaml \`rules:\` changes severities.\n`);
  return 0;
}

export function explainRule(id: string, io: Io): number {
  const rule = findRule(id);
  if (!rule) {
    const close = closestMatches(id, ruleCatalog().map((r) => r.id), 3);
    throw new UsageError(`no rule \`${id}\`${close.length ? `; did you mean ${close.map((c) => `\`${c}\``).join(' or ')}?` : ''} (\`gea rules\` lists them)`);
  }
  io.stdout(`${rule.id} (default: ${rule.severity})\n${rule.summary}\n\n${rule.explanation}\n`);
  return 0;
}
