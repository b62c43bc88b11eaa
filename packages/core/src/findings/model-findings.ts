// Workspace-wide parse-level findings: declarations sharing a full name, plateaus sharing a date.
import type { Element, Plateau, SemanticModel } from '../model/types.js';
import { describeLocation } from '../model/source-order.js';
import type { Finding } from './finding.js';

export function modelFindings(model: SemanticModel): Finding[] {
  return [...duplicateNames(model), ...plateauOrder(model)];
}

function duplicateNames(model: SemanticModel): Finding[] {
  const byId = new Map<string, Element[]>();
  for (const element of model.elements) {
    const list = byId.get(element.id);
    if (list) list.push(element);
    else byId.set(element.id, [element]);
  }
  const findings: Finding[] = [];
  for (const [id, elements] of byId) {
    if (elements.length < 2) continue;
    // Each names the first declaration (where references go), the first names the second, and the
    // rest are counted, so n copies of a name give messages of constant size.
    elements.forEach((element, index) => {
      const other = elements[index === 0 ? 1 : 0]!;
      const more = elements.length - 2;
      const also = `${describeLocation(model, other.head, element.head)}${more > 0 ? ` and ${more} other place${more === 1 ? '' : 's'}` : ''}`;
      findings.push({
        rule: 'duplicate-name',
        severity: 'error',
        message: `\`${id}\` is declared more than once (also at ${also}); rename one — references go to the first`,
        source: element.head,
        element: id,
        plateaus: [],
        waived: false,
      });
    });
  }
  return findings;
}

function plateauOrder(model: SemanticModel): Finding[] {
  const findings: Finding[] = [];
  const byDate = new Map<string, Element>();
  const declared = model.elements.filter((e): e is Plateau => e.kind === 'plateau');
  for (const plateau of declared) {
    const earlier = byDate.get(plateau.date);
    if (!earlier) {
      byDate.set(plateau.date, plateau);
      continue;
    }
    findings.push({
      rule: 'plateau-order',
      severity: 'error',
      message: `plateau \`${plateau.id}\` has the same date ${plateau.date} as \`${earlier.id}\` (${describeLocation(model, earlier.head, plateau.head)}); plateaus are ordered by date, so give each its own`,
      source: plateau.sources.date ?? plateau.head,
      element: plateau.id,
      plateaus: [],
      waived: false,
    });
  }
  return findings;
}
