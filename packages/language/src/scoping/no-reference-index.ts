// A batch run (gea check, gea build) never asks who refers to a declaration, so its services index
// no references: at national scale the index is ~90 000 descriptions built and kept for nothing.
// The language server keeps Langium's: it finds references and decides what an edit affects.
import type { ReferenceDescription, ReferenceDescriptionProvider } from 'langium';

export class NoReferenceIndex implements ReferenceDescriptionProvider {
  async createDescriptions(): Promise<ReferenceDescription[]> {
    return [];
  }
}
