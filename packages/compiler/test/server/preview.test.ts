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

describe('the preview of an element', () => {
  const PLANNED = `plateau now "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-01-01 }
agency old "Хуучин" { kind agency until target }
agency new "Шинэ" { kind agency from target }
system planned "Төлөвлөсөн" { owner new from target }
data register "Бүртгэл" { owner new from target field code string key }
platform exchange "ХУР" { kind exchange operator new from target }
system kept "Хэвээр" { owner old }
`;

  it('is drawn at the first plateau at which the element exists, when that is not the view’s', async () => {
    const { model } = await analyze(PLANNED);
    const element = (id: string) => model.elements.find((candidate) => candidate.id === id)!;
    for (const id of ['planned', 'new', 'register', 'exchange']) {
      const spec = previewSpec(model, undefined, undefined, element(id))!;
      expect(spec.of?.id, id).toBe(id);
      expect(spec.at.id, id).toBe('target');
    }
    // An element that exists at the view's plateau is drawn there.
    expect(previewSpec(model, undefined, undefined, element('kept'))!.at.id).toBe('now');
    const drawn = await renderPreview(
      model,
      previewSpec(model, undefined, undefined, element('planned'))!,
      loadBundledFonts(),
      new PreviewLayouts(),
    );
    expect(drawn.svg).toContain('data-id="planned"');
    expect(drawn.title).toContain('Зорилт');
  });
});
