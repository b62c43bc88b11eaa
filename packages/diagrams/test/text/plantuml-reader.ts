// A strict reader of the PlantUML we write, for the tests: every line must be one the renderer
// writes, blocks must balance, aliases must be identifiers, labels must be fully escaped.
export interface PlantUmlElement {
  readonly keyword: string;
  readonly alias: string;
  /** Decoded: character references resolved, `\n` as a line break. */
  readonly label: string;
  readonly stereotypes: readonly string[];
  readonly style: string;
  /** The alias of the block it is declared in. */
  readonly parent: string | undefined;
}

export interface PlantUmlEdge {
  readonly from: string;
  readonly arrow: string;
  readonly to: string;
  readonly label: string;
}

export interface PlantUmlDiagram {
  readonly title: string;
  readonly elements: ReadonlyMap<string, PlantUmlElement>;
  readonly edges: readonly PlantUmlEdge[];
}

const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_]*';
/** Quoted content: nothing PlantUML or Creole reads, only plain characters, `&#N;` and `\n`. */
const ESCAPED = String.raw`(?:[^"\\&<>{}\[\]|#%$~*^'@\p{Cc}]|&#\d+;|\\n)*`;
const ELEMENT = new RegExp(
  String.raw`^(\s*)(rectangle|component|database|file|interface|node|storage) "(${ESCAPED})" as (\S+)((?: <<${ESCAPED}>>)*) (#[0-9a-f]{6};line:[0-9a-f]{6}(?:;line\.(?:dashed|dotted|bold))?)( \{)?$`,
  'u',
);
const EDGE = new RegExp(String.raw`^(\S+) (-->|\.\.>|==>) (\S+) : "(${ESCAPED})"$`, 'u');
const HEADER = /^(skinparam \w+ .+|left to right direction)$/;
/** Creole markup that must not survive in a label: `**bold**`, `--strike--`, `""mono""`, …. */
const CREOLE_PAIRS = /\*\*|\/\/|--|__|~~|""|==|\.\.|,,/;

export function readPlantUml(text: string): PlantUmlDiagram {
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw new Error('text does not end with a line break');
  lines.pop();
  if (lines[0] !== '@startuml' || lines.at(-1) !== '@enduml') throw new Error('not one @startuml … @enduml block');
  const elements = new Map<string, PlantUmlElement>();
  const edges: PlantUmlEdge[] = [];
  const open: string[] = [];
  let title: string | undefined;
  for (const [index, line] of lines.slice(1, -1).entries()) {
    const where = `line ${index + 2}: ${line}`;
    if (/@(start|end)uml/.test(line)) throw new Error(`${where}: a second diagram marker`);
    const element = ELEMENT.exec(line);
    const edge = EDGE.exec(line);
    const titleLine = new RegExp(`^title (${ESCAPED})$`, 'u').exec(line);
    if (HEADER.test(line) && title === undefined && elements.size === 0) continue;
    if (titleLine !== null && title === undefined) title = decode(titleLine[1]!);
    else if (element !== null) {
      const [, indent, keyword, label, alias, stereotypes, style, opensBlock] = element;
      if (!new RegExp(`^${IDENTIFIER}$`).test(alias!)) throw new Error(`${where}: alias is not an identifier`);
      if (elements.has(alias!)) throw new Error(`${where}: alias declared twice`);
      if (indent!.length !== open.length * 2) throw new Error(`${where}: indented as if at depth ${indent!.length / 2}`);
      requireNoCreole(label!, where);
      elements.set(alias!, {
        keyword: keyword!,
        alias: alias!,
        label: decode(label!),
        stereotypes: [...stereotypes!.matchAll(/<<(.*?)>>/g)].map((match) => decode(match[1]!)),
        style: style!,
        parent: open.at(-1),
      });
      if (opensBlock !== undefined) open.push(alias!);
    } else if (/^\s*\}$/.test(line)) {
      if (open.pop() === undefined) throw new Error(`${where}: closes a block that is not open`);
      if (line.indexOf('}') !== open.length * 2) throw new Error(`${where}: closing brace misindented`);
    } else if (edge !== null) {
      const [, from, arrow, to, label] = edge;
      for (const end of [from!, to!]) if (!elements.has(end)) throw new Error(`${where}: ${end} is not declared before the edge`);
      if (open.length > 0) throw new Error(`${where}: edge inside a block`);
      requireNoCreole(label!, where);
      edges.push({ from: from!, arrow: arrow!, to: to!, label: decode(label!) });
    } else {
      throw new Error(`${where}: not a line the renderer writes`);
    }
  }
  if (open.length > 0) throw new Error(`blocks left open: ${open.join(', ')}`);
  if (title === undefined) throw new Error('no title');
  return { title, elements, edges };
}

function requireNoCreole(label: string, where: string): void {
  if (CREOLE_PAIRS.test(label)) throw new Error(`${where}: Creole markup left in a label`);
}

function decode(escaped: string): string {
  return escaped
    .split('\\n')
    .map((line) => line.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))))
    .join('\n');
}
