// Times the stages of `gea check` in one process (`node bench/stages.mjs DIR`): reading, parsing +
// linking + validating, building the semantic model, and the rules at every plateau and at each
// plateau alone, each in wall and CPU time. Prints JSON. Reads the compiled packages; build first.
// As in `gea check`, large sources' documents are collected between the model and the rules
// (`collectMs`, in neither stage). `walkMs` is a walk of the same trees that makes nothing
// (floor/walk-trees.mjs): the floor of any model built from them.
import '../packages/language/dist/polyfill.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECT_DOCUMENTS_FROM_CHARACTERS, loadWorkspace } from '../packages/compiler/dist/index.js';
import { collectGarbage } from '../packages/diagrams/dist/node/collect-garbage.js';
import { buildSemanticModel, buildSources, documentFindings } from '../packages/language/dist/index.js';
import { analyzeModel, RULES, runRules } from '../packages/core/dist/index.js';
import { walkTrees } from './floor/walk-trees.mjs';

const workspace = await loadWorkspace([process.argv[2]]);
const options = { evaluationDate: workspace.config.evaluationDate ?? '2026-06-01', locales: workspace.config.locales };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const started = performance.now();
const sources = await Promise.all(
  workspace.files.map(async (file) => ({
    uri: pathToFileURL(resolve(workspace.root, file)).href,
    text: await readFile(resolve(workspace.root, file), 'utf8'),
  })),
);
const read = performance.now();
const readCpu = cpuMs();
let parsed, parsedCpu;
let collecting, collectingCpu, walkMs, walkedNodes;
// As in `gea check` (analyzeSources), the documents are garbage once the model is built.
const { model, languageFindings } = await (async () => {
  const documents = await buildSources(sources);
  parsed = performance.now();
  parsedCpu = cpuMs();
  const languageFindings = documents.flatMap(documentFindings);
  const model = buildSemanticModel(documents, { defaultLocale: workspace.config.locale, ...options, documentsDiscarded: true });
  collecting = performance.now();
  collectingCpu = cpuMs();
  // After the model, so that it does not bring the trees into the caches for the builder.
  const walkStart = performance.now();
  walkedNodes = walkTrees(documents);
  walkMs = performance.now() - walkStart;
  return { model, languageFindings };
})();
if (sources.reduce((sum, { text }) => sum + text.length, 0) >= COLLECT_DOCUMENTS_FROM_CHARACTERS) collectGarbage();
const built = performance.now();
const builtCpu = cpuMs();
const findings = analyzeModel(model, languageFindings, options);
const analysed = performance.now();
const analysedCpu = cpuMs();
const rulesByPlateau = {};
const rulesCpuByPlateau = {};
for (const plateau of model.plateaus) {
  const start = performance.now();
  const startCpu = cpuMs();
  // A new key for modelAt's projections (made once per model): this plateau is projected again, as in `gea check`.
  runRules({ ...model }, RULES, { ...options, plateau: plateau.id });
  rulesByPlateau[plateau.id] = performance.now() - start;
  rulesCpuByPlateau[plateau.id] = cpuMs() - startCpu;
}
console.log(
  JSON.stringify({
    files: model.documents.length,
    elements: model.elements.length,
    findings: findings.length,
    readMs: read - started,
    parseAndLinkMs: parsed - read,
    modelMs: collecting - parsed,
    walkMs,
    walkedNodes,
    collectMs: built - collecting - walkMs,
    rulesMs: analysed - built,
    rulesOnePlateauMs: Math.max(...Object.values(rulesByPlateau)),
    parseAndLinkCpuMs: parsedCpu - readCpu,
    modelCpuMs: collectingCpu - parsedCpu,
    rulesCpuMs: analysedCpu - builtCpu,
    rulesOnePlateauCpuMs: Math.max(...Object.values(rulesCpuByPlateau)),
    rulesByPlateau,
  }),
);
