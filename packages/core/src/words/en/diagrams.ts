// English words of diagrams (legend, kinds, classifications, statuses, relations, badges, node
// details and tooltips, view titles) and of what `gea build` and `gea diagram` say.
import type { Classification, Criticality, DataKind, DependencyKind, PlatformKind, TrustKind, ViewKind } from '../../model/vocabulary.js';
import type { EdgeKind, ElementBadge, NodeKind, Status } from '../../views/view-graph.js';
import { plural } from './common.js';

/** The readability measures a drawing is held to (the diagrams package's `ReadabilityLimits`). */
export type ReadabilityMeasure = 'aspect' | 'edgesThroughNodes' | 'crossingsPerEdge' | 'bendsPerEdge' | 'smallestTextAtA3';

const READABILITY_MEASURES: Readonly<Record<ReadabilityMeasure, string>> = {
  aspect: 'aspect',
  edgesThroughNodes: 'edges through nodes',
  crossingsPerEdge: 'crossings per edge',
  bendsPerEdge: 'bends per edge',
  smallestTextAtA3: 'smallest text at A3',
};

/** The limits Mermaid holds a text to (the diagrams package's `MERMAID_LIMITS`). */
export type MermaidMeasure = 'edges' | 'characters';

export interface MermaidExcess {
  readonly measure: MermaidMeasure;
  readonly value: number;
  readonly limit: number;
}

/** "1118 edges (at most 500) and 63211 characters (at most 50000)" */
function mermaidExcesses(excesses: readonly MermaidExcess[]): string {
  return excesses.map(({ measure, value, limit }) => `${value} ${measure} (at most ${limit})`).join(' and ');
}

export const diagrams = {
  legend: {
    title: 'Legend',
    elements: 'Elements',
    classification: 'Classification',
    status: 'Status',
    relations: 'Relations',
    /** The findings section: what the error, warning and waiver marks on nodes and edges mean. */
    findings: 'Findings',
    findingError: 'unwaived error',
    findingWarning: 'unwaived warning',
    findingWaived: 'waived finding',
    /** An edge standing for several relations: `×3` after its label. */
    count: '×N: N relations drawn as one line',
    /** The key of numbered edge labels. */
    labels: 'Edge labels',
    /** Shown with the findings entries: the rule ids are in each mark's tooltip. */
    findingRules: ({ rules }: { rules: string }) => `rules: ${rules}`,
  },
  /** Marks drawn on nodes (as badges) and edges (as a sign on the line) with findings. */
  findingBadges: { error: 'ERROR', warning: 'WARNING', waived: 'WAIVED' } as Readonly<Record<'error' | 'warning' | 'waived', string>>,
  /** What a node is, as a noun in running text (tooltips); the legend starts it with a capital. */
  kinds: {
    agency: 'agency',
    system: 'system',
    data: 'data asset',
    document: 'document',
    interface: 'interface',
    platform: 'platform',
    trust: 'trust service',
  } as Readonly<Record<NodeKind, string>>,
  groupKinds: { agency: 'agency (group)', platform: 'platform (group)' } as Readonly<Record<'agency' | 'platform', string>>,
  classifications: {
    public: 'public',
    internal: 'internal',
    restricted: 'restricted',
    secret: 'secret',
  } as Readonly<Record<Classification, string>>,
  /** Short upper-case marks drawn on classified elements; internal, the default, has none. */
  classificationBadges: {
    public: 'PUBLIC',
    internal: undefined,
    restricted: 'RESTRICTED',
    secret: 'SECRET',
  } as Readonly<Record<Classification, string | undefined>>,
  statuses: {
    active: 'active',
    planned: 'planned (new here)',
    retiring: 'retiring',
    new: 'new',
    eliminated: 'eliminated',
    changed: 'changed',
    kept: 'kept',
  } as Readonly<Record<Status, string>>,
  /** Short marks drawn on elements in a status; active and kept have none. */
  statusBadges: {
    active: undefined,
    planned: 'new',
    retiring: 'retiring',
    new: 'new',
    eliminated: 'eliminated',
    changed: 'changed',
    kept: undefined,
  } as Readonly<Record<Status, string | undefined>>,
  relations: {
    consumes: 'consumes',
    provides: 'provides',
    masters: 'masters',
    stores: 'stores',
    carries: 'carries',
    'depends-on': 'depends on',
    uses: 'uses',
    signs: 'signs',
    seals: 'seals',
    verifies: 'verifies',
    with: 'with',
    timestamp: 'timestamps',
    issuer: 'issued by',
    aggregate: 'aggregated traffic',
  } as Readonly<Record<EdgeKind, string>>,
  /** The model's markers on an element, drawn as badges. */
  badges: {
    'base registry': 'base registry',
    personal: 'personal',
    'legally binding': 'legally binding',
    'open data': 'open data',
    deprecated: 'deprecated',
    accredited: 'accredited',
  } as Readonly<Record<ElementBadge, string>>,
  criticality: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' } as Readonly<Record<Criticality, string>>,
  /** A system's detail line. */
  criticalityDetail: ({ level }: { level: string }) => `${level} criticality`,
  dataKinds: { registry: 'registry', dataset: 'dataset', document: 'document' } as Readonly<Record<DataKind, string>>,
  platformKinds: {
    exchange: 'data exchange',
    identity: 'identity',
    portal: 'portal',
    cloud: 'cloud',
    payment: 'payment',
    notification: 'notification',
    document: 'documents',
    other: 'other',
  } as Readonly<Record<PlatformKind, string>>,
  trustKinds: {
    ca: 'CA',
    tsa: 'TSA',
    ocsp: 'OCSP',
    'remote-signing': 'remote signing',
    validation: 'validation',
  } as Readonly<Record<TrustKind, string>>,
  /** A direct dependency's label when it has no words of its own. */
  dependencyKinds: {
    'direct-db': 'direct database access',
    file: 'file transfer',
    'p2p-api': 'point-to-point API',
    other: 'other link',
  } as Readonly<Record<DependencyKind, string>>,
  /** An agency standing for the elements folded into it. */
  aggregateDetail: ({ count }: { count: number }) => `${count} element${count === 1 ? '' : 's'}`,
  aggregateTooltip: ({ count, relations, from, to }: { count: number; relations: string; from: string; to: string }) =>
    `${count} × ${relations} from ${from} to ${to}`,
  /** Shown in place of the diagram when the view has nothing in it. */
  emptyView: 'Nothing to show in this view.',
  /**
   * A note (one line) at the top of a Mermaid text Mermaid will not draw, over limits that GitHub,
   * GitLab and most wikis keep; `view` is the view's id.
   */
  mermaidNote: ({ view, excesses }: { view: string; excesses: readonly MermaidExcess[] }) =>
    `Mermaid will not draw this: it has ${mermaidExcesses(excesses)}, and GitHub, GitLab and most wikis cannot raise Mermaid's limits. Narrow the view, or declare a narrower one (\`include\`, \`exclude\`, \`of\`, \`depth\`), or use its SVG: \`gea diagram ${view} -o ${view}.svg\``,
  titles: {
    landscape: 'Landscape',
    context: 'Context',
    dataflow: 'Data flow',
    integration: 'Integration',
    signatures: 'Signatures',
    gap: 'Gap',
  } as Readonly<Record<ViewKind, string>>,
  /** Said in the title of a view whose nodes stand for agencies. */
  aggregated: 'aggregated by agency',
  /** Said in the title of a gap view with one plateau to compare (a model of one plateau). */
  gapWithItself: 'one plateau compared with itself: everything kept',
  /** `gea build` and `gea diagram`. */
  build: {
    /** "out/diagrams/: 52 files" */
    section: ({ folder, files }: { folder: string; files: number }) => `${folder}: ${plural(files, 'file')}`,
    /** Added to the diagrams line. */
    diagramsDetail: ({ views, laidOut, cached }: { views: number; laidOut: number; cached: number }) =>
      ` (${plural(views, 'view')}: ${laidOut} laid out, ${cached} from cache)`,
    findings: ({ error, warning, info, waived }: { error: number; warning: number; info: number; waived: number }) =>
      `findings: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info', 'infos')}, ${waived} waived — \`gea check\` lists them`,
    /** After the first errors of a failed build, how many more there are. */
    moreErrors: ({ count }: { count: number }) => `and ${count} more; run \`gea check\``,
    layingOut: ({ view, done, total }: { view: string; done: number; total: number }) =>
      `laying out ${view} (${done} of ${total} views ready)`,
    /** Staging the files of the sections being written (two at once while PNGs are drawn), in table order. */
    writing: ({ sections }: { sections: readonly { folder: string; done: number; total: number }[] }) =>
      `writing ${sections.map(({ folder, done, total }) => `${folder} (${done} of ${total} files)`).join(', ')}`,
    /** Output files that differ only by case (two elements `TAX` and `tax`); `more` pairs not named. */
    caseCollisions: ({ pairs, more }: { pairs: readonly (readonly [string, string])[]; more: number }) =>
      `warning: ${pairs.map(([earlier, later]) => `${earlier} and ${later}`).join(', ')}${more > 0 ? ` (and ${more} more)` : ''} differ only by case: on Windows and macOS one overwrites the other; rename one of the elements`,
    /** Names Windows reserves for devices, at the start of output paths (`specs/con/`, `diagrams/nul.svg`); `more` not named. */
    windowsReserved: ({ paths, more }: { paths: readonly string[]; more: number }) =>
      `warning: ${paths.join(', ')}${more > 0 ? ` (and ${more} more)` : ''} cannot be made on Windows, which reserves their names for devices (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension); rename those elements or views`,
    /** Files in an out section that gea did not write, first seen by this build; `more` not named. */
    foreignFiles: ({ paths, more }: { paths: readonly string[]; more: number }) =>
      `warning: gea did not write ${paths.join(', ')}${more > 0 ? ` (and ${more} more)` : ''} in its out folder; it leaves ${paths.length + more === 1 ? 'that file' : 'them'} in place and does not say so again. Keep your own files outside the out folder: gea may one day make a file of the same name`,
    /** `gea diagram` wrote a text format of a view a build may fold: unfolded, since folding is decided from a layout. */
    textUnfolded: ({ view, nodes }: { view: string; nodes: number }) =>
      `note: view ${view} is written as computed, without laying it out; gea build may draw its ${nodes} boxes folded into agencies, which its layout decides, in its .svg, .mmd and .puml alike; \`gea diagram ${view} -f svg\` draws it as the build does`,
    /** A view's Mermaid text is over Mermaid's limits (the file also says so in a note at its top). */
    mermaidTooLarge: ({ view, excesses }: { view: string; excesses: readonly MermaidExcess[] }) =>
      `warning: Mermaid will not draw view ${view}: its text has ${mermaidExcesses(excesses)}, and GitHub, GitLab and most wikis cannot raise Mermaid's limits; narrow the view, or declare a narrower one (\`include\`, \`exclude\`, \`of\`, \`depth\`), or share its SVG`,
    /** A view drawn more simply because its layout failed or ran slow; `warning` names the view. */
    layoutWarning: ({ warning }: { warning: string }) => `warning: ${warning}`,
    /** A view over a readability limit as drawn, drawn again with systems folded into their agencies. */
    drawnFolded: ({ view, problems }: { view: string; problems: string }) =>
      `warning: view ${view} is too dense to read as drawn (${problems}); drawn with systems folded into their agencies`,
    /** The names of the readability measures (what readabilityExcess says). */
    readabilityMeasures: READABILITY_MEASURES,
    /** One readability measure over its limit, as drawnFolded lists them ("crossings per edge 0.61 > 0.5"). */
    readabilityExcess: ({ measure, value, limit }: { measure: ReadabilityMeasure; value: number; limit: number }) =>
      measure === 'smallestTextAtA3'
        ? `${READABILITY_MEASURES[measure]} ${value} pt < ${limit} pt`
        : `${READABILITY_MEASURES[measure]} ${value} > ${limit}`,
    /** Added to the site line. */
    siteDetail: ({ pages, index }: { pages: number; index: string }) => ` (${plural(pages, 'page')}; open ${index})`,
    took: ({ seconds }: { seconds: string }) => `built in ${seconds} s`,
    watching: 'watching the sources and gea.yaml for changes; Ctrl+C stops',
    rebuilding: ({ files }: { files: string }) => `changed: ${files}; building again`,
    failed: ({ message }: { message: string }) => `the build failed: ${message}; the previous output is left as it was`,
    /** A worker thread gave no layout, or a cached one was damaged; `detail` is the timeout in seconds, the exit code, the error or the cache file. */
    layoutFailed: ({
      view,
      kind,
      detail,
    }: {
      view: string;
      kind: 'silent' | 'crashed' | 'exited' | 'failed' | 'damaged';
      detail: string;
    }) =>
      `could not lay out view \`${view}\`: ${
        {
          silent: `its worker thread gave no answer in ${detail} s and was stopped`,
          crashed: `its worker thread failed (${detail})`,
          exited: `its worker thread stopped (exit code ${detail})`,
          failed: `the layout failed (${detail})`,
          damaged: `its cached layout ${detail} changed while the build read it, and was deleted`,
        }[kind]
      }; nothing was written. Try again; if it fails again, report it with this view.`,
    onlyTakes: ({ sections, given }: { sections: string; given: string }) =>
      `--only takes a comma-separated list of ${sections}; not \`${given}\``,
    /** `views`: `viewsListed` or `viewsCounted`. */
    noView: ({ view, views }: { view: string; views: string }) => `no view \`${view}\` (${views})`,
    noViewClose: ({ view, close, views }: { view: string; close: string; views: string }) =>
      `no view \`${view}\`; did you mean ${close}? (${views})`,
    /** The views of a model with few of them, after `noView`. */
    viewsListed: ({ views }: { views: string }) => `views: ${views}`,
    /** How many views a model with many has, after `noView`. */
    viewsCounted: ({ count }: { count: number }) => `${count} views; \`gea views\` lists them`,
    /** Joins the close names in `noViewClose`: "`a` or `b`". */
    or: ' or ',
    pngToTerminal: 'a PNG is not for a terminal; write it to a file with `-o FILE.png`',
    noBinaryOutput: 'cannot write binary output here; use `-o FILE.png`',
    outFolderNotOurs: ({ folder }: { folder: string }) =>
      `${folder} is not empty and was not created by gea; choose another --out folder, or empty it first`,
  },
  /** Landscapes and gaps of agencies, and views of one agency that fold the other agencies into one box each. */
  overview: {
    /** An agency node's detail: the systems it stands for. */
    systems: ({ count }: { count: number }) => `${count} system${count === 1 ? '' : 's'}`,
    /** An agency node's detail in a gap, when its number of systems changes. */
    systemsChange: ({ before, after }: { before: number; after: number }) => `${before} → ${after} systems`,
    /** An exchange platform's detail: the interfaces that run via it. */
    interfaces: ({ count }: { count: number }) => `${count} interface${count === 1 ? '' : 's'}`,
    /** First line of an agency edge's tooltip; the exchanges follow, one a line. */
    exchanges: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${count} exchange${count === 1 ? '' : 's'} from ${from} to ${to}:`,
    /** Last line of a tooltip that lists only some. */
    more: ({ count }: { count: number }) => `… and ${count} more`,
    /** What a view of one agency aggregated: `[aggregated by agency: the other agencies]`. */
    folded: 'the other agencies',
    /** What an integration view too dense to read aggregated: `[aggregated by agency: the consumers]`. */
    foldedConsumers: 'the consumers',
    /** A time-stamping service's detail in a signatures map folded into agencies. */
    timestampsFor: ({ count }: { count: number }) => `time stamps for ${count} agenc${count === 1 ? 'y' : 'ies'}`,
    /** A time-stamping service's detail in a signatures map: how many systems and interfaces it stamps for. */
    timestampsForSigners: ({ count }: { count: number }) => `time stamps for ${count} signer${count === 1 ? '' : 's'}`,
  },
  /** `gea views`: every view of the workspace, one a line. */
  viewList: {
    command: 'list the views (`gea diagram VIEW` draws one): id, kind, size and title',
    headings: { id: 'view', kind: 'kind', nodes: 'nodes', edges: 'edges', title: 'title' },
    footer: ({ count }: { count: number }) => `${count} views; \`gea diagram VIEW\` draws one`,
    /** Below the table when a view's count of nodes is marked `*`. */
    foldedNote: ({ nodes }: { nodes: number }) =>
      `* counted in the model; a view of more than ${nodes} nodes that is too dense to read is drawn with its systems folded into their agencies (\`gea diagram VIEW -f json\` gives the drawn size)`,
  },
};
