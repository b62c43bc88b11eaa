// The preview's drawing: where each element it shows is declared, so that a click reveals it.
import { describe, expect, it } from 'vitest';
import { loadBundledFonts } from '@gea-arch/diagrams/node';
import { analyze } from '@gea-arch/fixtures';
import { previewSpec, renderPreview } from '../../src/server/preview.js';
import { PreviewLayouts } from '../../src/server/preview-layouts.js';

const MODEL = `agency газар "Газар" { kind agency }
platform хур "ХУР" { kind exchange operator газар }
system систем "Систем" { owner газар hosting хур }
`;

describe('the preview', () => {
  it('says where the agencies drawn as boxes around their systems are declared, as it does for the systems', async () => {
    const { model } = await analyze(MODEL);
    const spec = previewSpec(model, undefined, 'landscape-now')!;
    const drawn = await renderPreview(model, spec, loadBundledFonts(), new PreviewLayouts());
    expect(drawn.svg).toContain('class="group g-agency s-active" data-id="газар"');
    expect(drawn.locations['систем']!.range.start).toEqual({ line: 2, character: 0 });
    expect(drawn.locations['газар']!.range.start).toEqual({ line: 0, character: 0 });
  });
});
