// A model seen at a plateau it does not declare: `gea diff --plateau P` where one revision lacks P
// compares that revision at P's date (decision 0058). The plateau joins the list in date order; it
// is not one of the model's elements, so a comparison still finds it added (or removed).
import type { Plateau, SemanticModel } from './types.js';

export function withBorrowedPlateau(model: SemanticModel, plateau: Plateau): SemanticModel {
  const declared = model.plateaus.filter((candidate) => !candidate.implicit);
  const before = declared.filter((candidate) => candidate.date <= plateau.date);
  const after = declared.filter((candidate) => candidate.date > plateau.date);
  return { ...model, plateaus: Object.freeze([...before, plateau, ...after]) };
}
