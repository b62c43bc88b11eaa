import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Cancellation, DefaultDocumentValidator, EmptyFileSystem, isOperationCancelled, type LangiumDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR } from '@gea-arch/fixtures';
import { createGeaCoreServices } from '../src/gea-module.js';
import { GeaTreeValidator } from '../src/validation/gea-tree-validator.js';

function geaFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? geaFiles(path) : name.endsWith('.gea') ? [path] : [];
    });
}

async function parsed(text: string, name = 'test.gea') {
  const services = createGeaCoreServices(EmptyFileSystem);
  const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///${name}`));
  services.shared.workspace.LangiumDocuments.addDocument(document);
  await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
  return { ...services, document };
}

const summary = (diagnostics: Awaited<ReturnType<DefaultDocumentValidator['validateDocument']>>) =>
  diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.message}`);

/** A value out of each vocabulary, members given twice, a date that is none, a waiver with nothing. */
const EVERY_CHECK = `agency gasr "G" { kind ministry kind agency }
plateau p1 { date 2026-13-40 }
data d "D" {
  owner gasr
  kind registry
  classification secretish
  field a string "A"
  field a string "A again"
}
interface api "API" { provider s style soapy classification open classification open }
system s "S" { owner gasr owner gasr }
waiver w { }`;

describe('the tree validator', () => {
  it('says what Langium’s validator says, in the same order, on every conformance example and a text that trips every check', async () => {
    let said = 0;
    const texts = [...geaFiles(CONFORMANCE_DIR).map((file) => readFileSync(file, 'utf8')), EVERY_CHECK];
    for (const [index, text] of texts.entries()) {
      const file = `text ${index}`;
      const { gea, document } = await parsed(text);
      expect(gea.validation.DocumentValidator).toBeInstanceOf(GeaTreeValidator);
      const ours = summary(await gea.validation.DocumentValidator.validateDocument(document));
      const langiums = summary(await new DefaultDocumentValidator(gea).validateDocument(document));
      expect(ours, file).toEqual(langiums);
      said += ours.length;
    }
    expect(said).toBeGreaterThan(15);
  });

  it('reports a check that throws on its node, awaits one that is asynchronous, and runs the others', async () => {
    const { gea, document } = await parsed('agency gasr "G" { kind agency }\nagency khur "K" { kind agency }');
    gea.validation.ValidationRegistry.register({
      Agency: [
        (node: { name: string }) => {
          if (node.name === 'gasr') throw new Error('boom');
        },
        async (node: { name: string }, accept: (severity: 'warning', message: string, info: { node: never }) => void) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          accept('warning', `late ${node.name}`, { node: node as never });
        },
      ],
    } as never);
    const messages = (await gea.validation.DocumentValidator.validateDocument(document as LangiumDocument)).map((d) => d.message);
    expect(messages).toEqual(['An error occurred during validation: boom', 'late gasr', 'late khur']);
  });

  it('runs the checks of the categories asked for, however the asks alternate', async () => {
    const { gea, document } = await parsed('agency gasr "G" { kind agency }');
    const registry = gea.validation.ValidationRegistry;
    const ran: string[] = [];
    registry.register({ Agency: () => void ran.push('slow') } as never, undefined, 'slow');
    registry.register({ Agency: () => void ran.push('fast') } as never, undefined, 'fast');
    const validator = gea.validation.DocumentValidator;
    for (const categories of [['fast'], ['slow'], ['fast'], ['slow', 'fast'], undefined] as const) {
      ran.length = 0;
      await validator.validateDocument(document as LangiumDocument, categories ? { categories: [...categories] } : {});
      expect(ran, String(categories)).toEqual(categories ? [...categories].sort().reverse() : ['slow', 'fast']);
    }
  });

  it('stops within a few hundred nodes once the edit it validates for is superseded', async () => {
    const agencies = Array.from({ length: 300 }, (_, index) => `agency a${index} "A" { kind agency }`).join('\n');
    const { gea, document } = await parsed(agencies);
    const source = new Cancellation.CancellationTokenSource();
    let visited = 0;
    gea.validation.ValidationRegistry.register({
      AstNode: () => {
        visited++;
        source.cancel();
      },
    } as never);
    const validating = gea.validation.DocumentValidator.validateDocument(document, {}, source.token);
    const outcome = await validating.then(
      () => 'finished',
      (error: unknown) => (isOperationCancelled(error) ? 'cancelled' : error),
    );
    expect(outcome).toBe('cancelled');
    expect(visited).toBeGreaterThan(0);
    expect(visited).toBeLessThanOrEqual(256);
  });
});
