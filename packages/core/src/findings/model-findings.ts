// Workspace-wide parse-level findings: declarations sharing a full name, plateaus sharing a date,
// a name or description given twice in the default locale (only the model knows which that is).
import type { Element, Plateau, SemanticModel, SourceRange } from '../model/types.js';
import { relativePathOf } from '../model/source-order.js';
import { declarationsById, isRepeat } from '../model/declarations-by-id.js';
import { wordsFor, type Words } from '../words/words.js';
import type { Finding } from './finding.js';

export interface ModelFindingOptions {
  /** The language of messages; the model's default locale by default. */
  readonly locale?: string;
}

/** The findings of the whole model (not a plateau's projection). */
export function modelFindings(model: SemanticModel, options: ModelFindingOptions = {}): Finding[] {
  const words = wordsFor(options.locale ?? model.defaultLocale);
  return [...duplicateNames(model, words), ...plateauOrder(model, words), ...restatedInLocale(model, words)];
}

/** `agency a "А" { name mn "Б" }` in the default locale `mn`: a second name in one locale (decision 0078). */
function restatedInLocale(model: SemanticModel, words: Words): Finding[] {
  const findings: Finding[] = [];
  for (const element of model.elements) {
    for (const { keyword, locale, source } of element.restated ?? []) {
      findings.push({
        // As a field or an operation given twice in its declaration; not `syntax`, which the
        // language server takes from the documents alone.
        rule: 'duplicate-name',
        severity: 'error',
        message:
          keyword === 'name'
            ? words.syntax.nameRestated({ element: element.id, locale })
            : words.syntax.descriptionRestated({ element: element.id, locale }),
        source,
        element: element.id,
        plateaus: [],
        waived: false,
      });
    }
  }
  return findings;
}

/** Where `range` is, seen from `from`: its line in the same file, else its file and line. */
function place(model: SemanticModel, range: SourceRange, from: SourceRange, words: Words): string {
  const line = range.start.line + 1;
  return range.uri === from.uri ? words.syntax.atLine({ line }) : `${relativePathOf(model, range.uri)}:${line}`;
}

function duplicateNames(model: SemanticModel, words: Words): Finding[] {
  // The whole model's `byId` holds each id's first declaration: as many ids as elements, none shared.
  if (model.byId.size === model.elements.length) return [];
  const findings: Finding[] = [];
  for (const [id, elements] of declarationsById(model)) {
    if (elements.length < 2) continue;
    // Each names the first declaration (where references go), the first names the second, and the
    // rest are counted, so n copies of a name give messages of constant size.
    elements.forEach((element, index) => {
      const other = elements[index === 0 ? 1 : 0]!;
      const more = elements.length - 2;
      findings.push({
        rule: 'duplicate-name',
        severity: 'error',
        message: words.syntax.duplicateName({ id, where: place(model, other.head, element.head, words), more }),
        source: element.head,
        element: id,
        plateaus: [],
        waived: false,
      });
    });
  }
  return findings;
}

function plateauOrder(model: SemanticModel, words: Words): Finding[] {
  const findings: Finding[] = [];
  const byDate = new Map<string, Element>();
  const declared = model.elements.filter((e): e is Plateau => e.kind === 'plateau');
  for (const plateau of declared) {
    // An undated plateau is a syntax error of its own, and shares a date with none.
    if (isRepeat(model, plateau) || plateau.undated) continue;
    const earlier = byDate.get(plateau.date);
    if (!earlier) {
      byDate.set(plateau.date, plateau);
      continue;
    }
    findings.push({
      rule: 'plateau-order',
      severity: 'error',
      message: words.syntax.plateauOrder({
        plateau: plateau.id,
        date: plateau.date,
        earlier: earlier.id,
        where: place(model, earlier.head, plateau.head, words),
      }),
      source: plateau.sources.get('date') ?? plateau.head,
      element: plateau.id,
      plateaus: [],
      waived: false,
    });
  }
  return findings;
}
