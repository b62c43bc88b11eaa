// gea model → Open Group exchange file: elements and relationships (export-model), one diagram per
// laid-out view (export-diagrams), folders (export-organizations), property definitions for every
// property used, then XML (write-xml). Pure: the caller lays the views out.
import type { SemanticModel, View } from '@gea-arch/core';
import type { ViewLayout } from '@gea-arch/diagrams';
import type { DrawnRelationships } from './drawn-relationships.js';
import type { Diagram, ExchangeModel, LangString, PropertyDefinition } from './exchange.js';
import { exportDiagram, generatedDiagram } from './export-diagrams.js';
import { exportModel } from './export-model.js';
import { exportOrganizations } from './export-organizations.js';
import { derivedId, forgetEncodedNames } from './identifiers.js';
import { KEY, KNOWN_KEYS, propertyType, SPECIALIZATION_DEFINITION_ID } from './mapping.js';
import { writeExchangeXml } from './write-xml.js';

export interface ArchimateExportOptions {
  /** The model's name (gea.yaml `name`). */
  readonly name?: string;
  /** The laid-out views, one diagram each, in this order. */
  readonly layouts?: readonly ViewLayout[];
  /** Diagrams of generated views as an earlier build wrote them (`gea build` keeps them): not made again. */
  readonly kept?: KeptDiagrams;
}

/** Where a build keeps the diagrams it wrote, by what each is made from. */
export interface KeptDiagrams {
  /** What the diagram of `layout` is made from, as a digest; `drawn` says which relationship each of its edges draws. */
  madeFrom(layout: ViewLayout, drawn: DrawnRelationships): string;
  /** The diagram made from `madeFrom` as it was written, if it is kept. */
  written(madeFrom: string): Uint8Array | undefined;
}

export function exportArchimate(model: SemanticModel, options: ArchimateExportOptions = {}): string {
  return writeExchangeXml(exchangeOfModel(model, options));
}

export function exchangeOfModel(model: SemanticModel, options: ArchimateExportOptions = {}): ExchangeModel {
  try {
    return exchangeOf(model, options);
  } finally {
    forgetEncodedNames();
  }
}

function exchangeOf(model: SemanticModel, options: ArchimateExportOptions): ExchangeModel {
  const { elements, relationships, drawn } = exportModel(model);
  const locales = [model.defaultLocale, ...new Set(model.elements.flatMap((element) => Object.keys(element.names)))].filter(
    (locale, index, all) => all.indexOf(locale) === index,
  );
  const inLocales = (texts: Readonly<Record<string, string>>): LangString[] =>
    [model.defaultLocale, ...locales.filter((locale) => locale !== model.defaultLocale).sort()]
      .filter((locale) => texts[locale] !== undefined)
      .map((locale) => ({ text: texts[locale]!, lang: locale }));
  const declared = new Map<string, View>();
  for (const view of model.views) if (!declared.has(view.id)) declared.set(view.id, view);
  const sources = {
    drawn,
    declared,
    texts: (view: View) => {
      const names = inLocales(view.names);
      return { names: names.length > 0 ? names : [{ text: view.localName }], documentation: inLocales(view.descriptions) };
    },
  };
  const diagrams = (options.layouts ?? []).map((layout): Diagram => {
    // A declared view's diagram says what its declaration says (names in every locale, properties): made each time.
    const kept = options.kept && !layout.graph.declared ? options.kept : undefined;
    if (!kept) return exportDiagram(layout, sources);
    const madeFrom = kept.madeFrom(layout, drawn);
    const written = kept.written(madeFrom);
    if (!written) return { ...exportDiagram(layout, sources), madeFrom };
    // What the organizations and property definitions read of a generated view's diagram.
    return generatedDiagram(layout, { written, madeFrom });
  });
  const organizations = exportOrganizations(elements, relationships, diagrams, (agency) => {
    const names = inLocales(agency.names);
    return names.length > 0 ? names : [{ text: agency.localName }];
  });
  const keys = new Set<string>();
  for (const concept of [...elements, ...relationships, ...diagrams]) for (const property of concept.properties) keys.add(property.key);
  return {
    id: 'model',
    names: [{ text: options.name ?? 'gea' }],
    documentation: [],
    properties: [],
    elements,
    relationships,
    organizations,
    propertyDefinitions: propertyDefinitions(keys),
    diagrams,
  };
}

/** gea's own properties in their table's order, then the `meta` keys as they sort. */
function propertyDefinitions(keys: ReadonlySet<string>): PropertyDefinition[] {
  const known = KNOWN_KEYS.filter((key) => keys.has(key));
  const others = [...keys].filter((key) => !KNOWN_KEYS.includes(key)).sort();
  return [...known, ...others].map((name) => ({
    id: name === KEY.specialization ? SPECIALIZATION_DEFINITION_ID : derivedId('prop', name),
    name,
    type: propertyType(name),
  }));
}
