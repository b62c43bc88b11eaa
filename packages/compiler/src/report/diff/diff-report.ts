// `gea diff` rendered: JSON in the OUTPUTS.md shape (schemas/diff.schema.json), and Markdown sized
// for a merge-request comment: the summary first, the details folded in <details>, long lists cut.
import { isListChange, type ElementChange, type ElementSummary, type Finding, type PropertyChange } from '@gea-arch/core';
import { propertyChangeJson } from '../gap-json.js';
import { findingsTable } from '../gap-markdown.js';
import { escapeHtml } from '../html.js';
import { md } from '@gea-arch/core';
import { elementMarkdown, jsonRecord, recordOf, whereMarkdown, type ReportContext } from '../report-context.js';
import type { ArchitectureDiff } from './architecture-diff.js';

/** Items listed in one folded section of a comment before the rest is only counted. */
export const COMMENT_LIST_LIMIT = 50;

export interface DiffContexts {
  /** For the working tree's elements and findings (links to the change's lines). */
  readonly head: ReportContext;
  /** For the base revision's (no links: its lines are not in the working tree). */
  readonly base: ReportContext;
}

/** Unwaived errors the change adds: new findings, and findings that were not errors before. */
export function newErrors(diff: ArchitectureDiff): Finding[] {
  return [...diff.diff.findings.new.filter((finding) => finding.severity === 'error' && !finding.waived), ...diff.diff.findings.nowErrors];
}

export function diffJson(diff: ArchitectureDiff, contexts: DiffContexts): string {
  const { added, removed, changed, findings, views } = diff.diff;
  const json = {
    base: {
      revision: diff.base.revision,
      commit: diff.base.commit,
      model: diff.before !== undefined,
      ...(diff.base.mergeBase ? { mergeBase: true } : {}),
    },
    head: { revision: 'working tree' },
    ...(diff.borrowed
      ? { plateau: { id: diff.borrowed.plateau.id, date: diff.borrowed.plateau.date, notDeclaredAt: diff.borrowed.side } }
      : {}),
    summary: {
      added: added.length,
      removed: removed.length,
      changed: changed.length,
      newFindings: findings.new.length,
      newErrors: newErrors(diff).length,
      resolvedFindings: findings.resolved.length,
      viewsChanged: views.changed.length,
      viewsAdded: views.added.length,
      viewsRemoved: views.removed.length,
    },
    added: added.map((element) => element.id),
    removed: removed.map((element) => element.id),
    changed: changed.map((change) => ({ element: change.element.id, changes: change.changes.map(propertyChangeJson) })),
    byAgency: byAgency(diff).map((group) => ({
      agency: group.agency?.id ?? null,
      added: group.added.map((element) => element.id),
      removed: group.removed.map((element) => element.id),
      changed: group.changed.map((change) => change.element.id),
    })),
    findings: {
      new: findings.new.map((finding) => jsonRecord(recordOf(finding, contexts.head))),
      resolved: findings.resolved.map((finding) => jsonRecord(recordOf(finding, contexts.base))),
      nowErrors: findings.nowErrors.map((finding) => jsonRecord(recordOf(finding, contexts.head))),
    },
    views,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function diffMarkdown(diff: ArchitectureDiff, contexts: DiffContexts): string {
  const { head } = contexts;
  const words = head.words.reports;
  const { added, removed, changed, findings, views } = diff.diff;
  const revision = diff.base.mergeBase ? words.diff.mergeBaseWith({ branch: md.code(diff.base.revision) }) : md.code(diff.base.revision);
  const base = `${revision} (${md.code(diff.base.commit.slice(0, 12))})`;
  const errors = newErrors(diff).length;
  const viewCount = views.changed.length + views.added.length + views.removed.length;
  const nothing =
    added.length +
      removed.length +
      changed.length +
      findings.new.length +
      findings.resolved.length +
      findings.nowErrors.length +
      viewCount ===
    0;
  const headline = [
    `**${md.text(words.diff.summary({ added: added.length, removed: removed.length, changed: changed.length }))}**`,
    md.text(
      words.diff.findingsSummary({
        fresh: findings.new.length,
        errors: errors - findings.nowErrors.length,
        resolved: findings.resolved.length,
      }),
    ),
    findings.nowErrors.length > 0 && md.text(words.diff.nowErrorsSummary({ count: findings.nowErrors.length })),
    md.text(words.diff.viewsSummary({ changed: views.changed.length, added: views.added.length, removed: views.removed.length })),
  ]
    .filter((part): part is string => part !== false)
    .join(' · ');
  const groups = byAgency(diff);
  const shownGroups = groups.slice(0, COMMENT_LIST_LIMIT);
  return md.document([
    md.heading(3, words.diff.title({ base })),
    diff.before === undefined && md.text(words.diff.noModelAtBase),
    diff.borrowed !== undefined &&
      md.message(
        words.diff.plateauBorrowed({ plateau: diff.borrowed.plateau.id, date: diff.borrowed.plateau.date, side: diff.borrowed.side }),
      ),
    nothing ? md.text(words.diff.noChange) : headline,
    errors > 0 && `**${md.text(words.diff.newErrors({ count: errors }))}**`,
    groups.length > 0 &&
      md.table(
        [words.common.agency, words.diff.added, words.diff.removed, words.diff.changed],
        shownGroups.map((group) => [
          group.agency ? elementMarkdown(group.agency, head) : md.text(words.common.noAgency),
          String(group.added.length),
          String(group.removed.length),
          String(group.changed.length),
        ]),
      ),
    more(groups, head),
    groups.length > 0 &&
      folded(
        words.diff.elements({ count: added.length + removed.length + changed.length }),
        withinBudget(
          groups.map((group) => ({
            heading: md.heading(4, group.agency ? elementMarkdown(group.agency, head) : md.text(words.common.noAgency)),
            lines: [
              ...group.added.map((element) => `**${md.text(words.diff.added)}** ${elementLine(element, contexts.head, true)}`),
              ...group.removed.map((element) => `**${md.text(words.diff.removed)}** ${elementLine(element, contexts.base, false)}`),
              ...group.changed.map(
                (change) =>
                  `**${md.text(words.diff.changed)}** ${elementLine(change.element, contexts.head, true)}: ${changeLine(change, head)}`,
              ),
            ],
          })),
          head,
        ),
      ),
    findings.new.length > 0 &&
      folded(words.diff.newFindings({ count: findings.new.length }), [findingsTable(cut(findings.new), head), more(findings.new, head)]),
    findings.nowErrors.length > 0 &&
      folded(words.diff.nowErrors({ count: findings.nowErrors.length }), [
        findingsTable(cut(findings.nowErrors), head),
        more(findings.nowErrors, head),
      ]),
    findings.resolved.length > 0 &&
      folded(words.diff.resolvedFindings({ count: findings.resolved.length }), [
        findingsTable(cut(findings.resolved), contexts.base),
        more(findings.resolved, head),
      ]),
    viewCount > 0 &&
      folded(words.diff.views({ count: viewCount }), [
        md.bullets(
          limited(
            [
              ...views.changed.map((id) => `${md.code(id)} — ${md.text(words.diff.changed)}`),
              ...views.added.map((id) => `${md.code(id)} — ${md.text(words.diff.added)}`),
              ...views.removed.map((id) => `${md.code(id)} — ${md.text(words.diff.removed)}`),
            ],
            head,
          ),
        ),
      ]),
  ]);
}

interface AgencyChanges {
  readonly agency?: ElementSummary;
  readonly added: ElementSummary[];
  readonly removed: ElementSummary[];
  readonly changed: ElementChange[];
}

/** The changes grouped by the agency each element belongs to, agencies by full name, the rest last. */
function byAgency(diff: ArchitectureDiff): AgencyChanges[] {
  const groups = new Map<string, AgencyChanges>();
  const agencyNamed = (id: string | undefined): ElementSummary | undefined => {
    if (id === undefined) return undefined;
    for (const model of [diff.after.analysis.model, diff.before?.analysis.model]) {
      const agency = model?.byId.get(id);
      if (agency?.kind === 'agency') return { id, kind: 'agency', names: agency.names, localName: agency.localName, source: agency.head };
    }
    return undefined;
  };
  const group = (element: ElementSummary): AgencyChanges => {
    const key = element.agency ?? '';
    let found = groups.get(key);
    if (!found) {
      const agency = agencyNamed(element.agency);
      found = { ...(agency ? { agency } : {}), added: [], removed: [], changed: [] };
      groups.set(key, found);
    }
    return found;
  };
  // In natural order (`s9` before `s10`): a cut list reads as the model's numbering does.
  const natural = <T>(items: readonly T[], idOf: (item: T) => string) => [...items].sort((a, b) => naturalOrder(idOf(a), idOf(b)));
  for (const element of natural(diff.diff.added, (item) => item.id)) group(element).added.push(element);
  for (const element of natural(diff.diff.removed, (item) => item.id)) group(element).removed.push(element);
  for (const change of natural(diff.diff.changed, (item) => item.element.id)) group(change.element).changed.push(change);
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}

function elementLine(element: ElementSummary, context: ReportContext, linked: boolean): string {
  const where = linked
    ? whereMarkdown(element.source, context)
    : md.text(`${context.links.relativePath(element.source.uri)}:${element.source.start.line + 1}`);
  return `${elementMarkdown(element, context)} — ${md.text(context.words.common.kinds[element.kind])} — ${where}`;
}

function changeLine(change: ElementChange, context: ReportContext): string {
  const words = context.words.reports.gap;
  const value = (text: string | undefined) => (text !== undefined ? md.code(text) : md.text(words.unstated));
  const one = (property: PropertyChange) =>
    isListChange(property)
      ? `${md.code(property.property)} ${[...property.added.map((item) => `\\+${md.code(item)}`), ...property.removed.map((item) => `−${md.code(item)}`)].join(', ')}`
      : `${md.code(property.property)} ${value(property.from)} → ${value(property.to)}`;
  return change.changes.map(one).join('; ');
}

/** A section folded in <details>: its summary is HTML, its body Markdown (blank lines around it). */
function folded(summary: string, body: ReadonlyArray<string | false>): string {
  return [`<details>\n<summary>${escapeHtml(summary)}</summary>`, ...body.filter((part): part is string => !!part), '</details>'].join(
    '\n\n',
  );
}

/**
 * The agencies' lists of changes, at most COMMENT_LIST_LIMIT lines in all (OUTPUTS.md: sized for a
 * merge-request comment; a namespace renamed across a national model changes thousands), then how
 * many more there are.
 */
function withinBudget(sections: readonly { heading: string; lines: readonly string[] }[], context: ReportContext): string[] {
  const blocks: string[] = [];
  let left = COMMENT_LIST_LIMIT;
  let hidden = 0;
  for (const { heading, lines } of sections) {
    if (left === 0) {
      hidden += lines.length;
      continue;
    }
    blocks.push(heading, md.bullets(lines.slice(0, left)));
    hidden += Math.max(0, lines.length - left);
    left = Math.max(0, left - lines.length);
  }
  if (hidden > 0) {
    blocks.push(moreLine(hidden, context));
  }
  return blocks;
}

function cut<T>(items: readonly T[]): readonly T[] {
  return items.slice(0, COMMENT_LIST_LIMIT);
}

function limited(items: readonly string[], context: ReportContext): string[] {
  if (items.length <= COMMENT_LIST_LIMIT) return [...items];
  return [...items.slice(0, COMMENT_LIST_LIMIT), moreLine(items.length - COMMENT_LIST_LIMIT, context)];
}

function more(items: readonly unknown[], context: ReportContext): string | false {
  return items.length > COMMENT_LIST_LIMIT && moreLine(items.length - COMMENT_LIST_LIMIT, context);
}

/** "… and 12 more." then where the whole list is. */
function moreLine(count: number, context: ReportContext): string {
  return md.message(context.words.reports.diff.moreInJson({ more: context.words.reports.common.more({ count }) }));
}

/** Text order, except that runs of digits compare as numbers. */
function naturalOrder(a: string, b: string): number {
  const parts = (text: string) => text.match(/\d+|\D+/g) ?? [];
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const [p, q] = [x.replace(/^0+/, ''), y.replace(/^0+/, '')];
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return p < q ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return left.length !== right.length ? left.length - right.length : a < b ? -1 : a > b ? 1 : 0;
}
