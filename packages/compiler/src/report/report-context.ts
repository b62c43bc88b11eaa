// What every report rendering needs besides its data: the locale of its words and names, the
// model's default locale (names fall back to it), and how to point at a source line.
import { wordsFor, type ElementSummary, type Finding, type SourceRange, type Words } from '@gea-arch/core';
import { findingRecord, type FindingRecord } from './finding-records.js';
import { md } from '@gea-arch/core';

export interface SourceLinks {
  /** The workspace-relative path (with `/`) of a document URI. */
  readonly relativePath: (uri: string) => string;
  /**
   * What a workspace-relative path is linked as, before `#L<line>`: a path relative to where the
   * report is read, or a URL on a forge. No link when absent.
   */
  readonly href?: (path: string) => string | undefined;
}

export interface ReportContext {
  readonly words: Words;
  /** The locale of names (`mn`, `en`, …); also the words' locale. */
  readonly locale: string;
  readonly defaultLocale: string;
  readonly links: SourceLinks;
  /** The model's plateaus, by id: those a finding of no plateau in particular holds at. */
  readonly plateaus: readonly string[];
}

export function reportContext(options: {
  locale?: string;
  defaultLocale: string;
  links: SourceLinks;
  plateaus?: readonly string[];
}): ReportContext {
  const locale = options.locale ?? options.defaultLocale;
  return { words: wordsFor(locale), locale, defaultLocale: options.defaultLocale, links: options.links, plateaus: options.plateaus ?? [] };
}

/** An element's name in the report's locale, else the default locale's, else its identifier. */
export function nameOf(element: Pick<ElementSummary, 'names' | 'localName'>, context: ReportContext): string {
  return element.names[context.locale] ?? element.names[context.defaultLocale] ?? element.localName;
}

/** "Name (`id`)" in Markdown. */
export function elementMarkdown(element: ElementSummary, context: ReportContext): string {
  return `${md.text(nameOf(element, context))} (${md.code(element.id)})`;
}

/** `path:line` linked to the line when the report has links. */
export function whereMarkdown(source: SourceRange, context: ReportContext): string {
  const file = context.links.relativePath(source.uri);
  const line = source.start.line + 1;
  const label = md.text(`${file}:${line}`);
  const href = context.links.href?.(file);
  return href === undefined ? label : md.link(label, `${href}#L${line}`);
}

export function recordOf(finding: Finding, context: ReportContext): FindingRecord {
  return findingRecord(finding, context.links.relativePath(finding.source.uri), context.plateaus);
}

/** A record as the JSON shapes write it (without the waiver's reason). */
export function jsonRecord({ justification: _justification, ...record }: FindingRecord): Omit<FindingRecord, 'justification'> {
  return record;
}
