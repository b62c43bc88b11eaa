// `gea spec INTERFACE`: one interoperability spec of an interface — by default the one of its
// style (OpenAPI, WSDL, AsyncAPI; JSON Schema for `graphql` and `file`) — to standard output or a
// file, labelled in the chosen locale.
import {
  compileWorkspace,
  formatsOf,
  loadWorkspace,
  renderSpec,
  specInterfaces,
  specsEmitter,
  specWarnings,
  today,
  type SpecFormat,
} from '@gea-arch/compiler';
import { closestMatches, type Interface, type SemanticModel } from '@gea-arch/core';
import { checkDate, checkLocale, chosenLocale } from '../options.js';
import { type Io, writeFileAtomically } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { outputTarget } from '../output-target.js';
import { removingEarlierOutput } from '../earlier-output.js';
import { wholeWorkspace } from './build.js';
import { reportUnreadParts } from './unread-parts.js';

/** What `--format` takes: every format of the specs emitter. */
export const SPEC_COMMAND_FORMATS: readonly string[] = specsEmitter.formats.map((format) => format.id);

export interface SpecCommandOptions {
  readonly format?: string;
  readonly output?: string;
  readonly locale?: string;
  readonly date?: string;
}

export async function spec(name: string, targets: readonly string[], options: SpecCommandOptions, io: Io): Promise<number> {
  const earlier = { output: options.output, inputs: targets, locale: options.locale };
  return removingEarlierOutput(earlier, io, () => writeSpec(name, targets, options, io));
}

async function writeSpec(name: string, targets: readonly string[], options: SpecCommandOptions, io: Io): Promise<number> {
  checkDate(options.date);
  const workspace = wholeWorkspace(await loadWorkspace(targets, io.cwd));
  const output = outputTarget(options.output, io, workspace);
  checkLocale(options.locale, workspace);
  const locale = chosenLocale(options.locale, io.env, workspace);
  const compilation = await compileWorkspace(workspace, { evaluationDate: options.date, locale });
  const { analysis } = compilation;
  const api = interfaceNamed(name, analysis.model);
  const formats = formatsOf(api);
  const format = (options.format ?? formats[0]!) as SpecFormat;
  if (!formats.includes(format)) {
    throw new UsageError((words) =>
      words.specs.command.formatNotForStyle({ format, api: api.id, style: api.style, formats: formats.join(', ') }),
    );
  }
  const content = renderSpec(api, format, analysis.model, {
    locale,
    evaluationDate: options.date ?? workspace.config.evaluationDate ?? today(),
  });
  if (output !== undefined) await writeFileAtomically(output, content);
  else io.stdout(content);
  // What the spec leaves out of the model is said, as `gea build` says it.
  if (format === 'openapi') for (const warning of specWarnings(api, locale)) io.stderr(`${warning}\n`);
  return reportUnreadParts(compilation, locale, io);
}

/** The interface with that full name, or the only one with that local name. */
function interfaceNamed(name: string, model: SemanticModel): Interface {
  const interfaces = specInterfaces(model);
  const exact = interfaces.find((api) => api.id === name);
  if (exact) return exact;
  const local = interfaces.filter((api) => api.localName === name);
  if (local.length === 1) return local[0]!;
  if (local.length > 1) {
    throw new UsageError((words) =>
      words.specs.command.ambiguous({ api: name, candidates: local.map((api) => `\`${api.id}\``).join(', ') }),
    );
  }
  const close = closestMatches(
    name,
    interfaces.flatMap((api) => [api.id, api.localName]),
    3,
  );
  const names = [...new Set(close.map((candidate) => interfaces.find((api) => api.localName === candidate)?.id ?? candidate))];
  throw new UsageError((words) => words.specs.command.noInterface({ api: name, suggestion: words.syntax.didYouMean({ names }) }));
}
