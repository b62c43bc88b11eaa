// Shared pieces of the signature and trust-service rule tests: an agency, accredited trust
// services with valid certificates, two plateaus, a way to find a line by its text, and a runner
// that refuses models that do not parse.
import type { AnalysisOptions } from '@gea-arch/language';
import type { Finding, Rule } from '@gea-arch/core';
import { analyze, type Sources } from '@gea-arch/fixtures';

/** Agency `gasr`, accredited CA `qca` (advanced+qualified, PAdES/XAdES, valid to 2040), accredited `tsa`, plateaus `current` (2026-01-01) and `target` (2028-01-01). */
export const TRUSTED = `
agency gasr "ГАСР"
plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-01-01 }
trust qca "Итгэмжлэгдсэн CA" {
  kind ca operator gasr accredited
  levels advanced, qualified
  formats PAdES, XAdES
  certificate "QCA" { valid-from 2020-01-01 valid-until 2040-01-01 }
}
trust tsa "TSA" {
  kind tsa operator gasr accredited
  certificate "TSA" { valid-from 2020-01-01 valid-until 2040-01-01 }
}
`;

/** The 1-based line of the only line of `source` that contains `text`. */
export function lineOf(source: string, text: string): number {
  const lines = source.split('\n');
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line containing ${JSON.stringify(text)}, found ${found.length}`);
  return found[0]!;
}

/**
 * The findings of one rule, after making sure the model parsed and linked cleanly, so that a
 * test expecting no finding cannot pass on a model that did not parse. Unresolved references
 * are allowed only where a test says so.
 */
export async function checked(
  rule: Rule,
  sources: Sources,
  options: AnalysisOptions & { allowUnresolved?: boolean } = {},
): Promise<Finding[]> {
  const { allowUnresolved, ...analysis } = options;
  const { findings } = await analyze(sources, { ...analysis, rules: [rule] });
  const broken = findings.filter(
    (f) => ['syntax', 'duplicate-name', 'plateau-order'].includes(f.rule) || (!allowUnresolved && f.rule === 'unresolved-reference'),
  );
  if (broken.length > 0)
    throw new Error(
      `test model does not parse and link cleanly:\n${broken.map((f) => `  ${f.rule}@${f.source.start.line + 1}: ${f.message}`).join('\n')}`,
    );
  return findings.filter((f) => f.rule === rule.id);
}
