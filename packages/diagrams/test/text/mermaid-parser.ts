// Mermaid's own parser for the tests: jsdom globals first (Mermaid needs `window` and `document`
// when it loads), then the flowchart as Mermaid's database holds it, with entity codes decoded.
import { JSDOM } from 'jsdom';
import { parse as parseYaml } from 'yaml';

interface FlowVertex {
  readonly id: string;
  readonly text?: string;
  readonly type?: string;
  readonly classes: readonly string[];
}
interface FlowSubGraph {
  readonly id: string;
  readonly title: string;
  readonly nodes: readonly string[];
  readonly classes: readonly string[];
}
interface FlowEdge {
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly type: string;
  readonly stroke: string;
}
interface FlowDb {
  getVertices(): Map<string, FlowVertex>;
  getSubGraphs(): FlowSubGraph[];
  getEdges(): FlowEdge[];
  getClasses(): Map<string, { readonly styles: readonly string[] }>;
}
interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ readonly db: unknown }> };
}

export interface ParsedFlowchart {
  readonly title: string | undefined;
  /** By vertex id: text with entity codes decoded and `<br>` as `\n`. */
  readonly vertices: ReadonlyMap<
    string,
    { readonly text: string; readonly shape: string | undefined; readonly classes: readonly string[] }
  >;
  readonly subgraphs: readonly {
    readonly id: string;
    readonly title: string;
    readonly members: readonly string[];
    readonly classes: readonly string[];
  }[];
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly text: string;
    readonly stroke: string;
    readonly arrow: string;
  }[];
  readonly classDefs: ReadonlySet<string>;
}

let mermaid: Promise<MermaidApi> | undefined;

export function loadMermaid(): Promise<MermaidApi> {
  if (mermaid === undefined) {
    const { window } = new JSDOM('');
    Object.assign(globalThis, { window, document: window.document });
    mermaid = import('mermaid').then((module) => module.default as unknown as MermaidApi);
  }
  return mermaid;
}

/** Resolves if Mermaid accepts the text, rejects with Mermaid's parse error if not. */
export async function mermaidAccepts(text: string): Promise<void> {
  await (await loadMermaid()).parse(text);
}

export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  const api = await loadMermaid();
  await api.parse(text);
  const db = (await api.mermaidAPI.getDiagramFromText(text)).db as FlowDb;
  return {
    title: frontMatterTitle(text),
    vertices: new Map(
      [...db.getVertices().values()].map((vertex) => [
        vertex.id,
        { text: decodeMermaid(vertex.text ?? ''), shape: vertex.type, classes: vertex.classes },
      ]),
    ),
    subgraphs: db.getSubGraphs().map((subgraph) => ({
      id: subgraph.id,
      title: decodeMermaid(subgraph.title),
      members: subgraph.nodes,
      classes: subgraph.classes,
    })),
    edges: db
      .getEdges()
      .map((edge) => ({ from: edge.start, to: edge.end, text: decodeMermaid(edge.text), stroke: edge.stroke, arrow: edge.type })),
    classDefs: new Set(db.getClasses().keys()),
  };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };

/** Mermaid keeps `#quot;` as `ﬂ°quot¶ß` and `#35;` as `ﬂ°°35¶ß` until it draws; decode as the browser would. */
function decodeMermaid(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/ﬂ°(\w+)¶ß/g, (match, name: string) => NAMED_ENTITIES[name] ?? match)
    .replace(/<br\s*\/?>/g, '\n');
}

function frontMatterTitle(text: string): string | undefined {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return frontMatter === null ? undefined : (parseYaml(frontMatter[1]!) as { title?: string }).title;
}
