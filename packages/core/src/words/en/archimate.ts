// English words of the ArchiMate exchange: `gea export archimate`, `gea import archimate` and the
// import report (what could not be mapped, and where it was kept).
import type { ElementKind } from '../../model/types.js';
import { plural } from './common.js';

export const archimate = {
  commands: {
    export: 'export the model to the Open Group ArchiMate exchange format (for Archi and other tools)',
    import: 'import an ArchiMate exchange file (as Archi writes it)',
    exportArchimate:
      'write the model as an ArchiMate 3.1 exchange file: elements, relationships, folders, plateaus and one diagram per view',
    exportOutput: 'write to this file instead of standard output',
    importArchimate: 'write .gea files (one per agency folder) from an ArchiMate exchange file, with a report of what could not be mapped',
    importFile: 'the exchange file (.xml)',
    importOutput: 'the folder to write into (default: the current folder)',
  },
  export: {
    wrote: ({ file, elements, relationships, views }: { file: string; elements: number; relationships: number; views: number }) =>
      `wrote ${file}: ${plural(elements, 'element')}, ${plural(relationships, 'relationship')}, ${plural(views, 'view')}`,
  },
  import: {
    wrote: ({ files, folder }: { files: number; folder: string }) => `wrote ${plural(files, 'file')} into ${folder}`,
    summary: ({ elements, relationships, notes, report }: { elements: number; relationships: number; notes: number; report: string }) =>
      `imported ${plural(elements, 'element')} and ${plural(relationships, 'relationship')}; ${notes === 0 ? 'everything was mapped' : `${plural(notes, 'note')} on what was not mapped`} (${report})`,
    moreNotes: ({ count }: { count: number }) => `… and ${plural(count, 'more note')} in the report`,
    alreadyExist: ({ paths }: { paths: readonly string[] }) =>
      `${paths.join(', ')} already exist${paths.length === 1 ? 's' : ''}; gea import writes only files that are not there yet (choose another folder with -o)`,
    notXml: ({ file, detail }: { file: string; detail: string }) => `${file} is not well-formed XML: ${detail}`,
    emptyFile: ({ file }: { file: string }) =>
      `${file} is empty: give the exchange file Archi or another tool wrote (\`File → Export → Model to Open Exchange File…\`)`,
    notExchange: ({ file, root, namespace }: { file: string; root: string; namespace: string }) =>
      `${file} is not an ArchiMate exchange file: its root element is ${root} ${namespace ? `in the namespace ${namespace}` : 'in no namespace'}, not <model> in the namespace http://www.opengroup.org/xsd/archimate/3.0/`,
    nothingToImport: ({ file }: { file: string }) =>
      `${file} holds no elements and no views: nothing to import, and nothing was written (to start an empty workspace, run \`gea init\`)`,
    isFolder: ({ file }: { file: string }) => `${file} is a folder; give the exchange file (.xml) to import`,
  },
  /** The import report, written beside the imported files. */
  report: {
    title: 'ArchiMate import',
    source: ({ file }: { file: string }) => `From \`${file}\`.`,
    imported: 'Imported',
    kindCount: ({ kind, count }: { kind: ElementKind; count: number }) => `${kindWords[kind]}: ${count}`,
    statements: ({ count }: { count: number }) => `relationships written as statements: ${count}`,
    notMapped: 'Not mapped, and where it was kept',
    nothing: 'Everything in the file was mapped.',
    files: 'Files',
  },
  /** One line each in the import report. */
  notes: {
    elementUnmapped: ({ type, name, file }: { type: string; name: string; file: string }) =>
      `${type} “${name}” has no gea counterpart; kept as a comment in \`${file}\``,
    elementUntyped: ({ name, at, file }: { name: string; at: string; file: string }) =>
      `the element “${name}” at ${at} has no type (xsi:type); kept as a comment in \`${file}\``,
    duplicateId: ({
      type,
      name,
      id,
      at,
      first,
      file,
    }: {
      type: string;
      name: string;
      id: string;
      at: string;
      first: string;
      file: string;
    }) =>
      `${type || 'the element'} “${name}” at ${at} has the identifier ${id} of “${first}” before it; only the first is imported, this one is kept as a comment in \`${file}\``,
    relationshipUnmapped: ({ type, source, target, file }: { type: string; source: string; target: string; file: string }) =>
      `${type} relationship from “${source}” to “${target}” is not a gea statement; kept as a comment in \`${file}\``,
    propertyAsMeta: ({ element, key, meta }: { element: string; key: string; meta: string }) =>
      `property “${key}” of “${element}” is not one gea reads there; kept as \`meta { ${meta} … }\``,
    propertyUnreadable: ({ element, key, value, meta }: { element: string; key: string; value: string; meta: string }) =>
      `property “${key}” of “${element}” cannot be read (“${value}”); kept as \`meta { ${meta} … }\``,
    viewNotImported: ({ name, nodes, file }: { name: string; nodes: number; file: string }) =>
      `view “${name}” (${plural(nodes, 'node')}) is not imported, as gea draws its views from the model; listed in \`${file}\``,
    plateauDate: ({ plateau, date }: { plateau: string; date: string }) =>
      `plateau “${plateau}” has no date; written with ${date} to keep the plateaus in order — set its real date`,
    ownerFromFolder: ({ element, property, agency }: { element: string; property: string; agency: string }) =>
      `“${element}” has no ${property} relationship; its folder is the agency “${agency}”, written as its \`${property}\``,
    ownerUnknown: ({ element, property }: { element: string; property: string }) =>
      `“${element}” has no ${property} relationship and is in no agency's folder; written without one — add \`${property} AGENCY\` (\`gea check\` reports it as owner-required)`,
    serviceMerged: ({ service, api }: { service: string; api: string }) =>
      `application service “${service}” is offered through the interface “${api}” and is merged into it`,
    serviceAsInterface: ({ service }: { service: string }) => `application service “${service}” has no interface and is imported as one`,
    gapComputed: ({ name }: { name: string }) => `gap “${name}” is not imported: gea computes the gap between two plateaus (\`gea gap\`)`,
    nameTaken: ({ element, name, as }: { element: string; name: string; as: string }) =>
      `“${element}” would be \`${name}\`, which another element already is; written as \`${as}\``,
    lifecycleNotConsecutive: ({ element }: { element: string }) =>
      `“${element}” is in plateaus that do not follow each other; written to exist from the first of them to the last`,
    statementDetail: ({ element, statement, key, file }: { element: string; statement: string; key: string; file: string }) =>
      `the ${key} of \`${statement}\` in “${element}” has no place in gea; kept as a comment in \`${file}\``,
    extraName: ({ element, lang, text, file }: { element: string; lang: string; text: string; file: string }) =>
      `“${element}” has a second name in ${lang || 'the default language'}, “${text}”; kept as a comment in \`${file}\``,
    extraDescription: ({ element, lang, file }: { element: string; lang: string; file: string }) =>
      `“${element}” has a second description in ${lang || 'the default language'}; kept as a comment in \`${file}\``,
    secondStatement: ({ property, element, kept }: { property: string; element: string; kept: string }) =>
      `“${element}” has more than one ${property}; \`${property}\` is “${kept}”, the others are kept as comments`,
  },
};

const kindWords: Readonly<Record<ElementKind, string>> = {
  law: 'laws',
  plateau: 'plateaus',
  agency: 'agencies',
  platform: 'platforms',
  trust: 'trust services',
  data: 'data assets',
  system: 'systems',
  interface: 'interfaces',
  view: 'views',
  waiver: 'waivers',
};
