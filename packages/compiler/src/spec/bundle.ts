// The spec bundle of a model: for every interface the spec of its style (OpenAPI, WSDL or
// AsyncAPI), its JSON Schema and its agreement draft; an agreement per consumption; the service
// catalogue and the open data records. `gea build` writes all of it into out/specs/, `gea spec`
// one file of it.
import { printable, wordsFor, type Interface, type SemanticModel } from '@gea-arch/core';
import { consumerAgreement, interfaceAgreement, type SpecFile } from './agreement.js';
import { asyncApiYaml } from './asyncapi.js';
import { catalogDocument, type CatalogEntry } from './catalog.js';
import { specContext, type SpecContext } from './context.js';
import { exchangeOf, type Exchange } from './exchange.js';
import { interfaceJsonSchema } from './json-schema.js';
import { openApiYaml } from './openapi.js';
import { restRoutes, routeText } from './rest-routes.js';
import { openDataDocument } from './open-data.js';
import { SpecDigests } from './made-from.js';
import { jsonDocument } from './text-formats.js';
import { wsdlDocument } from './wsdl.js';
import { LazyFiles } from '../build/lazy-files.js';
import { specFolderOf } from './spec-folders.js';

export const SPEC_FORMATS = ['openapi', 'asyncapi', 'wsdl', 'jsonschema', 'agreement'] as const;
export type SpecFormat = (typeof SPEC_FORMATS)[number];

/** Each format's file in an interface's folder, and the standard it follows. */
export const SPEC_FILES: Readonly<Record<SpecFormat, SpecFile>> = {
  openapi: { file: 'openapi.yaml', standard: 'OpenAPI 3.1' },
  asyncapi: { file: 'asyncapi.yaml', standard: 'AsyncAPI 3.0' },
  wsdl: { file: 'service.wsdl', standard: 'WSDL 1.1, SOAP 1.1 document/literal' },
  jsonschema: { file: 'schema.json', standard: 'JSON Schema 2020-12' },
  agreement: { file: 'README.md', standard: 'Markdown' },
};

/** The formats an interface has: the one of its style first (none for `graphql`, `file` or no style), then JSON Schema and the agreement. */
export function formatsOf(api: Interface): SpecFormat[] {
  const main: SpecFormat[] =
    api.style === 'rest' ? ['openapi'] : api.style === 'soap' ? ['wsdl'] : api.style === 'event' ? ['asyncapi'] : [];
  return [...main, 'jsonschema', 'agreement'];
}

/** The spec files of an interface other than its agreement, which the agreements link to. */
function technicalSpecs(api: Interface): SpecFile[] {
  return formatsOf(api)
    .filter((format) => format !== 'agreement')
    .map((format) => SPEC_FILES[format]);
}

/** The interfaces that get a bundle: the first declaration of each full name (as references resolve). */
export function specInterfaces(model: SemanticModel): Interface[] {
  return model.interfaces.filter((api) => model.byId.get(api.id) === api);
}

/**
 * What an interface's specs leave out that the model holds, said to whoever writes them (`gea spec`,
 * `gea build`) in the words of `messageLocale`: the operations its OpenAPI has no place for.
 */
export function specWarnings(api: Interface, messageLocale?: string): string[] {
  if (api.style !== 'rest') return [];
  const words = wordsFor(messageLocale).specs.command;
  return restRoutes(api.operations).leftOut.map((route) =>
    printable(words.leftOut({ api: api.id, operation: route.operation.name, earlier: route.earlier.name, route: routeText(route) })),
  );
}

export interface SpecOptions {
  /** The locale of labels and words; the model's default locale by default. */
  readonly locale?: string;
  /** ISO date that certificate expiry is counted from. */
  readonly evaluationDate: string;
}

/** One spec of one interface, as `gea spec` writes it. */
export function renderSpec(api: Interface, format: SpecFormat, model: SemanticModel, options: SpecOptions): string {
  const context = specContext(model, options.locale, options.evaluationDate);
  return renderFormat(exchangeOf(api, model), format, context);
}

function renderFormat(exchange: Exchange, format: SpecFormat, context: SpecContext): string {
  switch (format) {
    case 'openapi':
      return openApiYaml(exchange, context);
    case 'asyncapi':
      return asyncApiYaml(exchange, context);
    case 'wsdl':
      return wsdlDocument(exchange, context);
    case 'jsonschema':
      return jsonDocument(interfaceJsonSchema(exchange, context));
    case 'agreement':
      return interfaceAgreement(exchange, technicalSpecs(exchange.api), context);
  }
}

export interface SpecBuildOptions extends SpecOptions {
  /**
   * Which gea writes the specs (build-stamp.ts `toolIdentity`): each interface's files then say
   * what they are made from (made-from.ts), and staging links those made from the same again.
   */
  readonly madeWith?: string;
}

/**
 * Every file of out/specs/, by path relative to it, each made when it is read (a national model's
 * specs are hundreds of megabytes: staging writes them one at a time).
 */
export function buildSpecs(model: SemanticModel, options: SpecBuildOptions): LazyFiles<string> {
  const context = specContext(model, options.locale, options.evaluationDate);
  const digests = options.madeWith === undefined ? undefined : new SpecDigests(context, options.madeWith);
  const files = new LazyFiles<string>();
  const catalog: CatalogEntry[] = [];
  for (const api of specInterfaces(model)) {
    const exchange = exchangeOf(api, model);
    const formats = formatsOf(api);
    const from = digests?.of(exchange);
    const as = (file: string) => (from ? { madeFrom: () => `${from()} ${file}`, text: true } : {});
    // A consumer's draft links the interface's own draft too.
    const linked = [...technicalSpecs(api), SPEC_FILES.agreement];
    for (const format of formats) {
      const file = SPEC_FILES[format].file;
      files.set(`${specFolderOf(api.id)}/${file}`, () => renderFormat(exchange, format, context), as(file));
    }
    exchange.consumptions.forEach((consumes, index) => {
      const base = `agreements/${consumes.system.id}--${api.id}`;
      let path = `${base}.md`;
      for (let n = 2; files.has(path); n++) path = `${base}--${n}.md`;
      files.set(path, () => consumerAgreement(exchange, consumes, linked, context), as(`consumer ${index}`));
    });
    const specs = formats.filter((format) => format !== 'agreement');
    catalog.push({ exchange, files: specs.map((format) => `${specFolderOf(api.id)}/${SPEC_FILES[format].file}`), formats: specs });
  }
  // Made when read, as every other file: a national model's catalogue is 25 MB of JSON, which the
  // section's files would otherwise hold until the site, the last section, is made.
  files.set('catalog.json', () => catalogDocument(catalog, context));
  files.set('open-data.json', () => openDataDocument(context));
  return files;
}
