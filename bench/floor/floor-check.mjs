// The bare Langium floor: reads a workspace's .gea files, parses and links them with the loose
// grammar in floor.langium (Langium's default services, production parser, names qualified by the
// file's namespace), and prints the time and peak memory as JSON. `node floor-check.mjs DIR`
import '../../packages/language/dist/polyfill.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, DefaultScopeComputation, DefaultScopeProvider, URI } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';

const started = performance.now();
const dir = process.argv[2];

/** Exports each declaration under its name qualified by the file's namespace. */
class QualifiedExports extends DefaultScopeComputation {
  addExportedSymbol(node, exports, document) {
    if (node.$type !== 'Declaration' || !node.name) return;
    const namespace = document.parseResult.value.namespace;
    exports.push(this.descriptions.createDescription(node, namespace ? `${namespace}.${node.name}` : node.name, document));
  }
}

/** Resolves a name written in namespace `a.b` as `a.b.name`, then `a.name`, then `name`. */
class RelativeGlobalScope extends DefaultScopeProvider {
  getGlobalScope(referenceType, context) {
    const global = super.getGlobalScope(referenceType, context);
    const namespace = AstUtils.getDocument(context.container).parseResult.value.namespace;
    if (!namespace) return global;
    const parts = namespace.split('.');
    const prefixes = parts.map((_, index) => `${parts.slice(0, parts.length - index).join('.')}.`);
    const candidates = (name) => [...prefixes.map((prefix) => prefix + name), name];
    return {
      getElement: (name) => {
        for (const candidate of candidates(name)) {
          const found = global.getElement(candidate);
          if (found) return found;
        }
        return undefined;
      },
      getElements: (name) => global.getElements(name),
      getAllElements: () => global.getAllElements(),
    };
  }
}

function geaFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.gea'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

const services = await createServicesForGrammar({
  grammar: readFileSync(new URL('./floor.langium', import.meta.url), 'utf8'),
  languageMetaData: { caseInsensitive: false, fileExtensions: ['.gea'], languageId: 'floor', mode: 'production' },
  module: { references: { ScopeComputation: (s) => new QualifiedExports(s), ScopeProvider: (s) => new RelativeGlobalScope(s) } },
});
const ready = performance.now();
const shared = services.shared;
const documents = geaFiles(dir).map((path) =>
  shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8'), URI.parse(pathToFileURL(path).href)),
);
for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
const parsedAt = performance.now();
await shared.workspace.DocumentBuilder.build(documents, { validation: false });
const linked = performance.now();
let syntaxErrors = 0;
let references = 0;
let unresolved = 0;
for (const document of documents) {
  syntaxErrors += document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length;
  for (const reference of document.references) {
    references++;
    if (!reference.ref) unresolved++;
  }
}
console.log(
  JSON.stringify({
    files: documents.length,
    servicesMs: ready - started,
    parseMs: parsedAt - ready,
    linkMs: linked - parsedAt,
    parseAndLinkMs: linked - ready,
    syntaxErrors,
    references,
    unresolved,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
