// The language server's model of a workspace, kept from one analysis to the next: after an edit,
// only the edited documents' declarations are built again and the other references re-pointed
// (ModelBuilder.update, decision 0033); with documents added or removed, or other options, the
// whole model is built, a step at a time, and kept once it is done (a build left unfinished keeps
// nothing). The plateau projections of a kept model are updated from the last model's (decision 0035).
import type { LangiumDocument } from 'langium';
import { keepProjections, modelUpdated, type SemanticModel } from '@gea-arch/core';
import { ModelBuilder, type ModelOptions } from './build-model.js';

export class ModelKeeper {
  private builder: ModelBuilder | undefined;
  private builtWith = '';
  private model: SemanticModel | undefined;
  /** How the last model was made, for tests and measurements. */
  lastBuild: 'whole' | 'updated' | undefined;

  *build(documents: readonly LangiumDocument[], options: ModelOptions = {}): Generator<void, SemanticModel, void> {
    const builtWith = JSON.stringify([options.defaultLocale, options.evaluationDate, [...(options.relativePaths ?? [])]]);
    if (this.builder && builtWith === this.builtWith) {
      const builder = this.builder;
      // A failure half way leaves the kept model half updated: the next analysis builds it whole.
      this.builder = undefined;
      const updated = builder.update(documents);
      this.builder = builder;
      if (updated) {
        modelUpdated(this.model!, updated.model, updated.change);
        this.model = updated.model;
        this.lastBuild = 'updated';
        return updated.model;
      }
    }
    const builder = new ModelBuilder({ ...options, documentsDiscarded: false }, true);
    const model = yield* builder.build(documents);
    keepProjections(model);
    this.builder = builder;
    this.builtWith = builtWith;
    this.model = model;
    this.lastBuild = 'whole';
    return model;
  }
}
