// Edits an architect makes to a gea workspace, chosen at random from a catalogue that covers the
// language: declarations renamed (their references left dangling) and named back, consumptions,
// interfaces, waivers and law citations added and removed, plateau dates, lifecycles and `via`
// platforms changed, names declared twice, the syntax broken, declarations moved between files,
// files created and deleted, gea.yaml changed, and earlier edits undone.

/** One replacement in a file's text (a path relative to the workspace root). */
export interface TextEdit {
  readonly kind: 'text';
  readonly label: string;
  readonly path: string;
  readonly offset: number;
  readonly remove: number;
  readonly insert: string;
}

export interface FileCreation {
  readonly kind: 'create';
  readonly label: string;
  readonly path: string;
  readonly text: string;
}

export interface FileDeletion {
  readonly kind: 'delete';
  readonly label: string;
  readonly path: string;
}

/** A declaration taken out of one file and written at the end of another. */
export interface Move {
  readonly kind: 'move';
  readonly label: string;
  readonly from: TextEdit;
  readonly to: TextEdit;
}

export type Edit = TextEdit | FileCreation | FileDeletion | Move;

interface Declaration {
  readonly keyword: string;
  readonly name: string;
  /** Where the name is written. */
  readonly nameAt: number;
  readonly start: number;
  /** Just after the closing brace and its line break (or the line, for a declaration without a body). */
  readonly end: number;
  /** Just before the closing brace's line, where a member is added. */
  readonly bodyEnd: number;
}

const DECLARATION = /^(agency|system|data|interface|platform|law|plateau|waiver|trust|view)[ \t]+([\p{L}\p{N}_.-]+)/gmu;
const RULES = ['cross-agency-via-platform', 'duplicate-data', 'deprecated-interface', 'consent-declared', 'sla-required', 'nowhere-rule'];
const JUNK = ['{', '}', '"', ' x ', '\n', 'system ', 'consumes ', '// ', '/*', '.', '2026-01-01', 'from ', '@'];

export function declarationsOf(text: string): Declaration[] {
  const found: Declaration[] = [];
  for (const match of text.matchAll(DECLARATION)) {
    const start = match.index;
    const nameAt = start + match[1]!.length + match[0].slice(match[1]!.length).search(/\S/);
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    if (!line.trimEnd().endsWith('{')) {
      const end = lineEnd < 0 ? text.length : lineEnd + 1;
      found.push({ keyword: match[1]!, name: match[2]!, nameAt, start, end, bodyEnd: end });
      continue;
    }
    // The body ends at the first `}` at the start of a line (the examples' layout).
    const close = text.indexOf('\n}', start);
    if (close < 0) continue;
    const after = text.indexOf('\n', close + 1);
    found.push({ keyword: match[1]!, name: match[2]!, nameAt, start, end: after < 0 ? text.length : after + 1, bodyEnd: close + 1 });
  }
  return found;
}

function namespaceOf(text: string): string {
  return /^namespace[ \t]+([\p{L}\p{N}_.]+)/mu.exec(text)?.[1] ?? '';
}

/** Full names of the declarations of a keyword across the workspace. */
function fullNames(texts: ReadonlyMap<string, string>, keyword: string): string[] {
  const names: string[] = [];
  for (const text of texts.values()) {
    const namespace = namespaceOf(text);
    for (const declaration of declarationsOf(text)) {
      if (declaration.keyword === keyword) names.push(namespace ? `${namespace}.${declaration.name}` : declaration.name);
    }
  }
  return names.sort();
}

export class EditCatalogue {
  private created = 0;

  constructor(private readonly next: () => number) {}

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[Math.floor(this.next() * items.length)];
  }

  /** A random edit of `texts` (the current text of every source file, by path; gea.yaml too). */
  choose(texts: ReadonlyMap<string, string>): Edit | undefined {
    const paths = [...texts.keys()].filter((path) => path.endsWith('.gea')).sort();
    const generators: Array<() => Edit | undefined> = [
      () => this.rename(texts, paths),
      () => this.nameBack(texts, paths),
      () => this.misspellReference(texts, paths),
      () => this.addConsumption(texts, paths),
      () => this.removeConsumption(texts, paths),
      () => this.addInterface(texts, paths),
      () => this.removeDeclaration(texts, paths, 'interface'),
      () => this.addWaiver(texts, paths),
      () => this.removeDeclaration(texts, paths, 'waiver'),
      () => this.addCitation(texts, paths),
      () => this.removeLine(texts, paths, /^[ \t]*legal-basis [^\n]*\n/gm, 'remove a law citation'),
      () =>
        this.replaceIn(
          texts,
          paths,
          /\blegal-basis ([\p{L}\p{N}_]+)/gu,
          () => this.pick([...fullNames(texts, 'law'), 'no_such_law'])!,
          'cite another law',
        ),
      () => this.replaceIn(texts, paths, /\bdate (\d{4}-\d{2}-\d{2})/g, () => this.date(), 'change a plateau date'),
      () => this.addLifecycle(texts, paths),
      () => this.removeLine(texts, paths, /^[ \t]*(?:from|until) [^\n]*\n/gm, 'remove a from/until'),
      () =>
        this.replaceIn(texts, paths, /\bvia ([\p{L}\p{N}_]+)/gu, () => this.pick(['dex', 'khur', 'dan', 'no_platform'])!, 'change a via'),
      () => this.duplicate(texts, paths),
      () => this.breakSyntax(texts, paths),
      () => this.move(texts, paths),
      () => this.createFile(texts, paths),
      () => this.deleteFile(paths),
      () => this.changeConfig(texts),
      () => this.changeNamespace(texts, paths),
      () =>
        this.replaceIn(
          texts,
          texts.has('gea.yaml') ? ['gea.yaml'] : [],
          /^locales: \[([^\]]*)(?=\])/gm,
          () => this.pick(['mn', 'mn, en', 'en'])!,
          'change the locales',
        ),
    ];
    for (let tries = 0; tries < 20; tries++) {
      const edit = this.pick(generators)!();
      if (edit) return edit;
    }
    return undefined;
  }

  private date(): string {
    const year = 2025 + Math.floor(this.next() * 6);
    return `${year}-0${1 + Math.floor(this.next() * 9)}-1${Math.floor(this.next() * 9)}`;
  }

  private declarationIn(texts: ReadonlyMap<string, string>, paths: readonly string[], keyword?: string) {
    const candidates = paths.flatMap((path) =>
      declarationsOf(texts.get(path)!)
        .filter((declaration) => keyword === undefined || declaration.keyword === keyword)
        .map((declaration) => ({ path, declaration })),
    );
    return this.pick(candidates);
  }

  private rename(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths);
    if (!found) return undefined;
    const { path, declaration } = found;
    return {
      kind: 'text',
      label: `rename ${declaration.name}`,
      path,
      offset: declaration.nameAt + declaration.name.length,
      remove: 0,
      insert: '_r',
    };
  }

  private nameBack(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const candidates = paths.flatMap((path) =>
      declarationsOf(texts.get(path)!)
        .filter((declaration) => declaration.name.endsWith('_r'))
        .map((declaration) => ({ path, declaration })),
    );
    const found = this.pick(candidates);
    if (!found) return undefined;
    const { path, declaration } = found;
    const offset = declaration.nameAt + declaration.name.length - 2;
    return { kind: 'text', label: `name ${declaration.name} back`, path, offset, remove: 2, insert: '' };
  }

  private misspellReference(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const path = this.pick(paths)!;
    const text = texts.get(path)!;
    const matches = [...text.matchAll(/\b(?:owner|provider|consumes|uses|masters|operator|on|of|via|depends-on) ([\p{L}\p{N}_.]+)/gu)];
    const match = this.pick(matches);
    if (!match) return undefined;
    const offset = match.index + match[0].length;
    return { kind: 'text', label: `misspell ${match[1]}`, path, offset, remove: 0, insert: 'q' };
  }

  private addConsumption(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths, 'system');
    const target = this.pick(fullNames(texts, 'interface'));
    const law = this.pick(fullNames(texts, 'law'));
    if (!found || !target) return undefined;
    const citation = law && this.next() < 0.7 ? `\n    legal-basis ${law} "3"` : '';
    const insert = `  consumes ${target} {\n    purpose "added"${citation}\n  }\n`;
    return {
      kind: 'text',
      label: `${found.declaration.name} consumes ${target}`,
      path: found.path,
      offset: found.declaration.bodyEnd,
      remove: 0,
      insert,
    };
  }

  private removeConsumption(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const candidates = paths.flatMap((path) => {
      const text = texts.get(path)!;
      return [...text.matchAll(/^[ \t]+consumes [^\n]*\n/gm)].map((match) => {
        let end = match.index + match[0].length;
        if (match[0].trimEnd().endsWith('{')) {
          const close = text.indexOf('\n  }\n', match.index);
          if (close >= 0) end = close + 5;
        }
        return { path, start: match.index, end };
      });
    });
    const found = this.pick(candidates);
    if (!found) return undefined;
    return {
      kind: 'text',
      label: 'remove a consumption',
      path: found.path,
      offset: found.start,
      remove: found.end - found.start,
      insert: '',
    };
  }

  private addInterface(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const provider = this.pick(fullNames(texts, 'system'));
    const path = this.pick(paths)!;
    if (!provider) return undefined;
    const name = `added_${Math.floor(this.next() * 5)}`;
    const text = texts.get(path)!;
    const insert = `\ninterface ${name} "Added" {\n  provider ${provider}\n  via khur\n  style rest\n  version "1.0.0"\n  auth mtls\n}\n`;
    return { kind: 'text', label: `add interface ${name}`, path, offset: text.length, remove: 0, insert };
  }

  private removeDeclaration(texts: ReadonlyMap<string, string>, paths: readonly string[], keyword?: string): Edit | undefined {
    const found = this.declarationIn(texts, paths, keyword);
    if (!found) return undefined;
    const { path, declaration } = found;
    return {
      kind: 'text',
      label: `remove ${declaration.keyword} ${declaration.name}`,
      path,
      offset: declaration.start,
      remove: declaration.end - declaration.start,
      insert: '',
    };
  }

  private addWaiver(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const on = this.pick([...fullNames(texts, 'system'), ...fullNames(texts, 'data'), 'nowhere']);
    const path = this.pick(paths)!;
    const text = texts.get(path)!;
    const until = this.next() < 0.3 ? '\n  until target' : '';
    const insert = `\nwaiver added_waiver {\n  rule ${this.pick(RULES)}\n  on ${on}\n  reason "added"${until}\n}\n`;
    return { kind: 'text', label: `waive on ${on}`, path, offset: text.length, remove: 0, insert };
  }

  private addCitation(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths);
    const law = this.pick([...fullNames(texts, 'law'), 'no_such_law']);
    if (!found || !law || found.declaration.bodyEnd === found.declaration.end) return undefined;
    return {
      kind: 'text',
      label: `cite ${law} in ${found.declaration.name}`,
      path: found.path,
      offset: found.declaration.bodyEnd,
      remove: 0,
      insert: `  legal-basis ${law} "9"\n`,
    };
  }

  private addLifecycle(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths, this.pick(['system', 'interface', 'data']));
    if (!found || found.declaration.bodyEnd === found.declaration.end) return undefined;
    const insert = `  ${this.pick(['from', 'until'])} ${this.pick(['current', 'target', 'later'])}\n`;
    return {
      kind: 'text',
      label: `lifecycle ${insert.trim()} on ${found.declaration.name}`,
      path: found.path,
      offset: found.declaration.bodyEnd,
      remove: 0,
      insert,
    };
  }

  private removeLine(texts: ReadonlyMap<string, string>, paths: readonly string[], pattern: RegExp, label: string): Edit | undefined {
    const candidates = paths.flatMap((path) => [...texts.get(path)!.matchAll(pattern)].map((match) => ({ path, match })));
    const found = this.pick(candidates);
    if (!found) return undefined;
    return { kind: 'text', label, path: found.path, offset: found.match.index, remove: found.match[0].length, insert: '' };
  }

  /** Replaces the first group of a match of `pattern` somewhere. */
  private replaceIn(
    texts: ReadonlyMap<string, string>,
    paths: readonly string[],
    pattern: RegExp,
    value: () => string,
    label: string,
  ): Edit | undefined {
    const candidates = paths.flatMap((path) => [...texts.get(path)!.matchAll(pattern)].map((match) => ({ path, match })));
    const found = this.pick(candidates);
    if (!found) return undefined;
    const { match } = found;
    const offset = match.index + match[0].length - match[1]!.length;
    const insert = value();
    return { kind: 'text', label: `${label}: ${match[1]} → ${insert}`, path: found.path, offset, remove: match[1]!.length, insert };
  }

  private duplicate(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths);
    if (!found) return undefined;
    const text = texts.get(found.path)!;
    const block = text.slice(found.declaration.start, found.declaration.end);
    return {
      kind: 'text',
      label: `declare ${found.declaration.name} twice`,
      path: found.path,
      offset: text.length,
      remove: 0,
      insert: `\n${block}`,
    };
  }

  private breakSyntax(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const path = this.pick(paths)!;
    const text = texts.get(path)!;
    const offset = Math.floor(this.next() * (text.length + 1));
    if (this.next() < 0.5 && text.length > 0) {
      const remove = Math.min(text.length - offset, 1 + Math.floor(this.next() * 8));
      return { kind: 'text', label: 'break the syntax (delete)', path, offset, remove, insert: '' };
    }
    return { kind: 'text', label: 'break the syntax (insert)', path, offset, remove: 0, insert: this.pick(JUNK)! };
  }

  private move(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths);
    if (!found) return undefined;
    // Into a file of the same namespace (the moved name keeps its meaning), else any.
    const namespace = namespaceOf(texts.get(found.path)!);
    const others = paths.filter((path) => path !== found.path);
    const same = others.filter((path) => namespaceOf(texts.get(path)!) === namespace);
    const to = this.pick(same.length > 0 && this.next() < 0.8 ? same : others);
    if (!to) return undefined;
    const text = texts.get(found.path)!;
    const block = text.slice(found.declaration.start, found.declaration.end);
    const target = texts.get(to)!;
    return {
      kind: 'move',
      label: `move ${found.declaration.name} from ${found.path} to ${to}`,
      from: { kind: 'text', label: 'take out', path: found.path, offset: found.declaration.start, remove: block.length, insert: '' },
      to: { kind: 'text', label: 'put in', path: to, offset: target.length, remove: 0, insert: `\n${block}` },
    };
  }

  private createFile(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const found = this.declarationIn(texts, paths);
    if (!found) return undefined;
    const source = texts.get(found.path)!;
    const namespace = namespaceOf(source);
    // A copy of a declaration (a name declared twice), or a new system that refers to it.
    const body =
      this.next() < 0.5
        ? source.slice(found.declaration.start, found.declaration.end)
        : `system created_${this.created} "Created" {\n  owner ${this.pick([...fullNames(texts, 'agency'), 'nobody'])}\n  depends-on ${namespace ? `${namespace}.` : ''}${found.declaration.name}\n}\n`;
    const path = `extra/created_${this.created++}.gea`;
    return { kind: 'create', label: `create ${path}`, path, text: `${namespace ? `namespace ${namespace}\n\n` : ''}${body}` };
  }

  private deleteFile(paths: readonly string[]): Edit | undefined {
    const created = paths.filter((path) => path.startsWith('extra/'));
    const path = this.pick(created.length > 0 && this.next() < 0.7 ? created : paths);
    return path ? { kind: 'delete', label: `delete ${path}`, path } : undefined;
  }

  /** Every declaration of a file renamed at once: its namespace changed, or that of another file taken. */
  private changeNamespace(texts: ReadonlyMap<string, string>, paths: readonly string[]): Edit | undefined {
    const path = this.pick(paths)!;
    const match = /^namespace[ \t]+([\p{L}\p{N}_.]+)/mu.exec(texts.get(path)!);
    if (!match) return undefined;
    const others = paths.map((other) => namespaceOf(texts.get(other)!)).filter((namespace) => namespace && namespace !== match[1]);
    const insert = this.next() < 0.5 ? `${match[1]}_n` : (this.pick(others) ?? 'mn');
    const offset = match.index + match[0].length - match[1]!.length;
    return { kind: 'text', label: `namespace ${match[1]} → ${insert}`, path, offset, remove: match[1]!.length, insert };
  }

  private changeConfig(texts: ReadonlyMap<string, string>): Edit | undefined {
    const text = texts.get('gea.yaml');
    if (text === undefined) return undefined;
    const lines = [
      'rules:\n  duplicate-data: off\n',
      'rules:\n  deprecated-interface: error\n',
      'evaluation-date: 2027-06-01\n',
      'evaluation-date: 2045-01-01\n',
      'sources: ["agencies/**/*.gea", "plateaus.gea", "laws.gea", "platforms.gea", "extra/**/*.gea"]\n',
    ];
    const present = lines.find((line) => text.includes(line));
    if (present)
      return {
        kind: 'text',
        label: 'gea.yaml as it was',
        path: 'gea.yaml',
        offset: text.indexOf(present),
        remove: present.length,
        insert: '',
      };
    const line = this.pick(lines)!;
    const insert = text.endsWith('\n') ? line : `\n${line}`;
    return { kind: 'text', label: `gea.yaml: ${line.replace(/\n/g, ' ')}`, path: 'gea.yaml', offset: text.length, remove: 0, insert };
  }
}
