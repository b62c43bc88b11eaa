// The model built a step at a time (as the language server builds it, letting edits in between
// steps): a pause every DECLARATIONS_PER_STEP declarations of each pass, and the same model as
// built at once.
import { describe, expect, it } from 'vitest';
import { buildDocuments, TEST_DATE } from '@gea-arch/fixtures';
import { buildSemanticModel, buildSemanticModelStepwise } from '@gea-arch/language';
import { DECLARATIONS_PER_STEP } from '../src/build-model/build-model.js';

const OPTIONS = { evaluationDate: TEST_DATE };

describe('the model built a step at a time', () => {
  it('pauses every so many declarations of each pass, and is the model built at once', async () => {
    const count = 2 * DECLARATIONS_PER_STEP + 1;
    const agencies = Array.from({ length: count }, (_, index) => `agency a${index} "Agency ${index}"\n`).join('');
    const documents = await buildDocuments(`namespace mn\n${agencies}`);
    const steps = buildSemanticModelStepwise(documents, OPTIONS);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // Creating: after 1 000 and 2 000 declarations; filling: before 0, 1 000 and 2 000; then assembling.
    expect(pauses).toBe(2 + 3 + 1);
    const model = step.value;
    expect(model.agencies).toHaveLength(count);
    const atOnce = buildSemanticModel(documents, OPTIONS);
    expect(model.elements.map((element) => element.id)).toEqual(atOnce.elements.map((element) => element.id));
    expect(model.agencies.map((agency) => agency.names)).toEqual(atOnce.agencies.map((agency) => agency.names));
  });
});
