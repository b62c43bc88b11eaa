// The integration rules gea runs, in the order of RULES.md. Nothing else knows their ids.
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
