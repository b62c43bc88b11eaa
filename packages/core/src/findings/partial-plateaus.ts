import type { SemanticModel } from '../model/types.js';
import type { Finding } from './finding.js';

/**
 * The plateaus a finding holds at, each once, when the model declares plateaus and the finding
 * holds at some of them only (RULES.md: a finding names the plateaus at which it holds); undefined
 * when it holds at every one, or is a parse or link finding, which hold at none in particular.
 */
export function partialPlateaus(finding: Finding, model: SemanticModel): string[] | undefined {
  if (finding.plateaus.length === 0) return undefined;
  const some = model.plateaus.some((plateau) => !plateau.implicit && !plateau.undated && !finding.plateaus.includes(plateau.id));
  return some ? [...new Set(finding.plateaus)] : undefined;
}
