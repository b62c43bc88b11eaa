// The gap report as JSON (OUTPUTS.md, "Machine-readable shapes"; schemas/gap.schema.json): every
// list in a stable order, elements by full name, findings as records.
import { LAYERS, POTENTIAL_GAP_KINDS, type ElementChange, type GapAnalysis, type PropertyChange } from '@gea-arch/core';
import { isListChange } from '@gea-arch/core';
import { jsonRecord, recordOf, type ReportContext } from './report-context.js';

export function gapJson(gap: GapAnalysis, context: ReportContext): string {
  const records = (findings: GapAnalysis['findings']['new']) => findings.map((finding) => jsonRecord(recordOf(finding, context)));
  const ids = (list: ReadonlyArray<{ readonly id: string }>) => list.map((element) => element.id);
  const layers = Object.fromEntries(
    LAYERS.map((layer) => {
      const { new: added, eliminated, kept, changed } = gap.layers[layer];
      return [layer, { new: ids(added), eliminated: ids(eliminated), kept: ids(kept), changed: changed.map(changeJson) }];
    }),
  );
  const all = <K extends 'new' | 'eliminated' | 'kept'>(key: K) => LAYERS.flatMap((layer) => ids(gap.layers[layer][key])).sort(compareText);
  const json = {
    from: gap.from.id,
    to: gap.to.id,
    summary: {
      layers: Object.fromEntries(
        LAYERS.map((layer) => {
          const { new: added, eliminated, kept, changed } = gap.layers[layer];
          return [layer, { kept: kept.length, new: added.length, eliminated: eliminated.length, changed: changed.length }];
        }),
      ),
      potentialGaps: Object.fromEntries(POTENTIAL_GAP_KINDS.map((kind) => [kind, gap.potentialGaps.filter((g) => g.kind === kind).length])),
      findings: { resolved: gap.findings.resolved.length, remaining: gap.findings.remaining.length, new: gap.findings.new.length },
    },
    new: all('new'),
    eliminated: all('eliminated'),
    kept: all('kept'),
    changed: LAYERS.flatMap((layer) => gap.layers[layer].changed.map(changeJson)).sort((a, b) => compareText(a.element, b.element)),
    layers,
    potentialGaps: gap.potentialGaps.map((potential) => ({
      kind: potential.kind,
      element: potential.element.id,
      message: potential.message,
      file: context.links.relativePath(potential.source.uri),
      line: potential.source.start.line + 1,
      column: potential.source.start.character + 1,
      related: potential.related,
      ...(potential.covered ? { covered: records(potential.covered) } : {}),
      ...(potential.stillHolding ? { stillHolding: records(potential.stillHolding) } : {}),
    })),
    findings: { resolved: records(gap.findings.resolved), remaining: records(gap.findings.remaining), new: records(gap.findings.new) },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function changeJson(change: ElementChange) {
  return { element: change.element.id, changes: change.changes.map(propertyChangeJson) };
}

export function propertyChangeJson(change: PropertyChange) {
  if (isListChange(change))
    return { property: change.property, from: change.from, to: change.to, added: change.added, removed: change.removed };
  return { property: change.property, from: change.from ?? null, to: change.to ?? null };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
