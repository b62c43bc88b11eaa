// Parse, link and per-document validation diagnostics as findings.
import { DocumentValidator, type LangiumDocument } from 'langium';
import type { Model } from '../generated/ast.js';
import { qualifiedNameOf } from '../scoping/qualified-names.js';
import type { Finding, Severity } from '@gea-arch/core';

const RULE_OF_CODE: Record<string, string> = {
  [DocumentValidator.LexingError]: 'syntax',
  [DocumentValidator.ParsingError]: 'syntax',
  [DocumentValidator.LinkingError]: 'unresolved-reference',
};

const SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

export function documentFindings(document: LangiumDocument): Finding[] {
  const uri = document.uri.toString();
  const root = document.parseResult.value as Model;
  return (document.diagnostics ?? []).map((diagnostic) => {
    const code = (diagnostic.data as { code?: string } | undefined)?.code ?? String(diagnostic.code ?? 'syntax');
    const start = diagnostic.range.start;
    const declaration = root.declarations?.find((d) => {
      const range = d.$cstNode?.range;
      return range && range.start.line <= start.line && range.end.line >= start.line;
    });
    return {
      rule: RULE_OF_CODE[code] ?? code,
      severity: SEVERITY[diagnostic.severity ?? 1] ?? 'error',
      message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      source: { uri, start: { ...diagnostic.range.start }, end: { ...diagnostic.range.end } },
      element: declaration?.name ? qualifiedNameOf(declaration) : undefined,
      plateaus: [],
      waived: false,
    };
  });
}
