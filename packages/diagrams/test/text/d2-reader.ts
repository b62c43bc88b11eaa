// A strict reader of the D2 we write, for the tests (there is no d2 binary here): it parses maps,
// edges, arrays and double-quoted strings as D2's parser does (d2parser/parse.go: the same escapes,
// `$` starting a substitution, a raw line break ending a string in error), refuses what we never
// write (comments, quoted keys, block strings, substitutions, globs), and checks what D2's compiler
// would: braces balance, keys are unique ignoring case, classes exist, edge ends are declared shapes.
export interface D2Shape {
  /** Keys from the root, joined with dots: `g_mn_gasr.n_mn_gasr_citizen`. */
  readonly path: string;
  readonly label: string | undefined;
  readonly shape: string | undefined;
  readonly tooltip: string | undefined;
  readonly classes: readonly string[];
  /** The path of the container it is declared in. */
  readonly parent: string | undefined;
  readonly near: string | undefined;
}

export interface D2Edge {
  readonly from: string;
  readonly to: string;
  readonly label: string | undefined;
  readonly classes: readonly string[];
}

export interface D2Diagram {
  readonly direction: string | undefined;
  /** Class name → style keyword → value. */
  readonly classes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** By path, in the order declared. */
  readonly shapes: ReadonlyMap<string, D2Shape>;
  readonly edges: readonly D2Edge[];
}

/** D2's shapes (d2target/d2target.go). */
const SHAPES = new Set(
  'rectangle square page parallelogram document cylinder queue package step callout stored_data person c4-person diamond oval circle hexagon cloud text code class sql_table image sequence_diagram hierarchy'.split(
    ' ',
  ),
);
const NEAR = new Set([
  'top-left',
  'top-center',
  'top-right',
  'center-left',
  'center-right',
  'bottom-left',
  'bottom-center',
  'bottom-right',
]);
const DIRECTIONS = new Set(['up', 'down', 'left', 'right']);
/** Style keywords we use, with the values D2 accepts (d2graph/d2graph.go). */
const STYLE_VALUES: Readonly<Record<string, (value: string) => boolean>> = {
  fill: (value) => /^#[0-9a-f]{6}$/i.test(value),
  stroke: (value) => /^#[0-9a-f]{6}$/i.test(value),
  'font-color': (value) => /^#[0-9a-f]{6}$/i.test(value),
  'stroke-width': (value) => /^\d+$/.test(value) && Number(value) <= 15,
  'stroke-dash': (value) => /^\d+$/.test(value) && Number(value) <= 10,
  'border-radius': (value) => /^\d+$/.test(value),
  'font-size': (value) => /^\d+$/.test(value) && Number(value) >= 8 && Number(value) <= 100,
  bold: (value) => value === 'true' || value === 'false',
};
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** D2 refuses a key longer than this (d2parser `parseKey`). */
const MAX_KEY_LENGTH = 518;

type Value =
  | { readonly type: 'string'; readonly text: string; readonly quoted: boolean }
  | { readonly type: 'array'; readonly items: readonly string[] }
  | { readonly type: 'map'; readonly statements: readonly Statement[] };

interface Statement {
  readonly key: readonly string[];
  /** Set for an edge: the path of its target. */
  readonly to?: readonly string[];
  readonly value?: Value;
  readonly map?: readonly Statement[];
  readonly line: number;
}

export class D2SyntaxError extends Error {}

/** The value of a D2 double-quoted string starting at `text[start]` (the opening quote), and where it ends. */
export function readD2String(text: string, start: number): { value: string; end: number } {
  if (text[start] !== '"') throw new D2SyntaxError(`expected " at ${start}`);
  let value = '';
  let index = start + 1;
  for (;;) {
    const character = text[index];
    if (character === undefined || character === '\n') throw new D2SyntaxError('double quoted strings must be terminated with "');
    if (character === '"') return { value, end: index + 1 };
    if (character === '$') throw new D2SyntaxError(`a raw $ starts a substitution (at ${index})`);
    if (character !== '\\') {
      value += character;
      index++;
      continue;
    }
    const escaped = text[index + 1];
    if (escaped === undefined) throw new D2SyntaxError('unfinished escape sequence');
    if (escaped === '\n') throw new D2SyntaxError('an escaped line break joins lines: never written');
    value += DECODED_ESCAPE[escaped] ?? escaped;
    index += 2;
  }
}

/** d2parser `decodeEscape`; any other escaped character stands for itself. */
const DECODED_ESCAPE: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

class Parser {
  private index = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  parseFile(): Statement[] {
    const statements = this.parseStatements();
    if (this.index < this.text.length) this.fail(`unexpected ${JSON.stringify(this.text[this.index])}`);
    return statements;
  }

  private parseStatements(): Statement[] {
    const statements: Statement[] = [];
    for (;;) {
      this.skipSpaces();
      const character = this.text[this.index];
      if (character === undefined || character === '}') return statements;
      if (character === '\n' || character === ';') {
        if (character === '\n') this.line++;
        this.index++;
        continue;
      }
      if (character === '#') this.fail('a comment: never written, so model text leaked out of a string');
      statements.push(this.parseStatement());
      this.skipSpaces();
      const after = this.text[this.index];
      if (after !== undefined && after !== '\n' && after !== ';' && after !== '}')
        this.fail(`unexpected ${JSON.stringify(after)} after a statement`);
    }
  }

  private parseStatement(): Statement {
    const line = this.line;
    const key = this.parseKeyPath();
    this.skipSpaces();
    let to: string[] | undefined;
    if (this.text.startsWith('->', this.index)) {
      this.index += 2;
      this.skipSpaces();
      to = this.parseKeyPath();
      this.skipSpaces();
    }
    let value: Value | undefined;
    let map: Statement[] | undefined;
    if (this.text[this.index] === ':') {
      this.index++;
      this.skipSpaces();
      value = this.parseValue();
      this.skipSpaces();
    }
    if (this.text[this.index] === '{' && value?.type !== 'map') map = this.parseMap();
    if (value === undefined && map === undefined && to === undefined) this.fail(`${key.join('.')}: a bare key, never written`);
    return { key, to, value, map, line };
  }

  private parseKeyPath(): string[] {
    const keys = [this.parseKey()];
    while (this.text[this.index] === '.') {
      this.index++;
      keys.push(this.parseKey());
    }
    return keys;
  }

  private parseKey(): string {
    const match = /^[^\s.:;{}[\]]+/.exec(this.text.slice(this.index));
    if (!match) this.fail(`expected a key at ${JSON.stringify(this.text.slice(this.index, this.index + 20))}`);
    const key = match[0];
    if (!KEY.test(key)) this.fail(`key ${JSON.stringify(key)} is not a plain identifier`);
    if (key.length > MAX_KEY_LENGTH) this.fail(`key ${key.slice(0, 20)}… is longer than ${MAX_KEY_LENGTH}`);
    this.index += key.length;
    return key;
  }

  private parseValue(): Value {
    const character = this.text[this.index];
    if (character === '"') {
      const { value, end } = this.guard(() => readD2String(this.text, this.index));
      this.index = end;
      return { type: 'string', text: value, quoted: true };
    }
    if (character === '{') return { type: 'map', statements: this.parseMap() };
    if (character === '[') {
      this.index++;
      const items: string[] = [];
      for (;;) {
        this.skipSpaces();
        items.push(this.parseKey());
        this.skipSpaces();
        const next = this.text[this.index++];
        if (next === ']') return { type: 'array', items };
        if (next !== ';') this.fail('array items are separated by ;');
      }
    }
    const match = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.index));
    if (!match) this.fail(`expected a value at ${JSON.stringify(this.text.slice(this.index, this.index + 20))}`);
    this.index += match[0].length;
    return { type: 'string', text: match[0], quoted: false };
  }

  private parseMap(): Statement[] {
    this.index++;
    const statements = this.parseStatements();
    if (this.text[this.index] !== '}') this.fail('a map is never closed');
    this.index++;
    return statements;
  }

  private skipSpaces(): void {
    while (this.text[this.index] === ' ') this.index++;
  }

  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      this.fail((error as Error).message);
    }
  }

  private fail(message: string): never {
    throw new D2SyntaxError(`line ${this.line}: ${message}`);
  }
}

export function readD2(text: string): D2Diagram {
  if (!text.endsWith('\n')) throw new D2SyntaxError('no final line break');
  const statements = new Parser(text).parseFile();
  let direction: string | undefined;
  const classes = new Map<string, Map<string, string>>();
  const shapes = new Map<string, D2Shape>();
  const edges: D2Edge[] = [];
  const fail: (statement: Statement, message: string) => never = (statement, message) => {
    throw new D2SyntaxError(`line ${statement.line}: ${message}`);
  };
  const stringOf = (statement: Statement): string => {
    if (statement.value?.type !== 'string') fail(statement, `${statement.key.join('.')} takes a string`);
    return (statement.value as { text: string }).text;
  };
  const classesOf = (statement: Statement): string[] => {
    const value = statement.value;
    const names = value?.type === 'array' ? [...value.items] : [stringOf(statement)];
    for (const name of names) if (!classes.has(name)) fail(statement, `class ${name} is not defined (yet)`);
    return names;
  };
  const readStyle = (statements: readonly Statement[], into: Map<string, string>): void => {
    for (const statement of statements) {
      const [keyword] = statement.key;
      if (statement.key.length !== 1 || !Object.hasOwn(STYLE_VALUES, keyword!)) fail(statement, `style.${statement.key.join('.')} unknown`);
      const value = stringOf(statement);
      if (!STYLE_VALUES[keyword!]!(value)) fail(statement, `style.${keyword} cannot be ${value}`);
      into.set(keyword!, value);
    }
  };
  // Sibling keys are one key whatever their case (d2ir compares them with EqualFold).
  const siblings = new Map<string | undefined, Set<string>>();
  const declare = (statement: Statement, parent: string | undefined): string => {
    if (statement.key.length !== 1) fail(statement, 'shapes are declared one key at a time');
    const key = statement.key[0]!;
    const taken = siblings.get(parent) ?? new Set<string>();
    if (taken.has(key.toLowerCase())) fail(statement, `${key} is declared twice in ${parent ?? 'the root'} (D2 keys ignore case)`);
    taken.add(key.toLowerCase());
    siblings.set(parent, taken);
    return parent === undefined ? key : `${parent}.${key}`;
  };
  const readShape = (statement: Statement, parent: string | undefined): void => {
    const path = declare(statement, parent);
    const fields: { label?: string; shape?: string; tooltip?: string; classes: string[]; near?: string } = { classes: [] };
    if (statement.value !== undefined) fields.label = stringOf(statement);
    // Children are recorded after their container, in the order declared.
    const children: Statement[] = [];
    for (const field of statement.map ?? []) {
      if (field.to !== undefined) fail(field, 'edges are declared at the root');
      const [keyword, ...rest] = field.key;
      if (keyword === 'style' && rest.length === 0 && field.value?.type === 'map') readStyle(field.value.statements, new Map());
      else if (keyword === 'style' && rest.length === 1) readStyle([{ ...field, key: rest }], new Map());
      else if (rest.length > 0) fail(field, `${field.key.join('.')}: nested keys are not written`);
      else if (keyword === 'shape') {
        const shape = stringOf(field);
        if (!SHAPES.has(shape)) fail(field, `shape ${shape} is not a D2 shape`);
        fields.shape = shape;
      } else if (keyword === 'tooltip') fields.tooltip = stringOf(field);
      else if (keyword === 'class') fields.classes = classesOf(field);
      else if (keyword === 'near') {
        const near = stringOf(field);
        if (!NEAR.has(near) || parent !== undefined) fail(field, `near ${near} on ${path}`);
        fields.near = near;
      } else if (keyword === 'label') fields.label = stringOf(field);
      else children.push(field);
    }
    shapes.set(path, {
      path,
      parent,
      label: fields.label,
      shape: fields.shape,
      tooltip: fields.tooltip,
      classes: fields.classes,
      near: fields.near,
    });
    for (const child of children) readShape(child, path);
  };
  const pending: Statement[] = [];
  for (const statement of statements) {
    const [keyword] = statement.key;
    if (statement.to !== undefined) pending.push(statement);
    else if (keyword === 'direction' && statement.key.length === 1) {
      direction = stringOf(statement);
      if (!DIRECTIONS.has(direction)) fail(statement, `direction ${direction}`);
    } else if (keyword === 'classes' && statement.key.length === 1) {
      if (statement.value?.type !== 'map') fail(statement, 'classes takes a map');
      for (const definition of (statement.value as { statements: Statement[] }).statements) {
        const style = new Map<string, string>();
        if (definition.key.length !== 1 || definition.value?.type !== 'map') fail(definition, 'a class is a map');
        for (const field of (definition.value as { statements: Statement[] }).statements) {
          if (field.key[0] !== 'style' || field.value?.type !== 'map') fail(field, 'our classes hold only style');
          readStyle((field.value as { statements: Statement[] }).statements, style);
        }
        if (classes.has(definition.key[0]!)) fail(definition, `class ${definition.key[0]} defined twice`);
        classes.set(definition.key[0]!, style);
      }
    } else readShape(statement, undefined);
  }
  // Edge ends resolve ignoring case, as D2 resolves keys; an end that is not declared would be a new shape.
  const byFoldedPath = new Map([...shapes.keys()].map((path) => [path.toLowerCase(), path]));
  for (const statement of pending) {
    const end = (keys: readonly string[]) => {
      const path = byFoldedPath.get(keys.join('.').toLowerCase());
      if (path === undefined) fail(statement, `edge end ${keys.join('.')} is not a declared shape`);
      if (shapes.get(path!)!.near !== undefined) fail(statement, `edge end ${path} is placed near the border`);
      return path!;
    };
    const fields = { classes: [] as string[] };
    for (const field of statement.map ?? []) {
      if (field.key.length !== 1 || field.key[0] !== 'class') fail(field, 'our edges carry only a class');
      fields.classes = classesOf(field);
    }
    edges.push({
      from: end(statement.key),
      to: end(statement.to!),
      label: statement.value === undefined ? undefined : stringOf(statement),
      classes: fields.classes,
    });
  }
  return { direction, classes, shapes, edges };
}
