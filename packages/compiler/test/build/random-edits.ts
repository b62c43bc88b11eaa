// Edits of a workspace on disk drawn at random from a catalogue that covers the language and the
// workspace: names, versions, descriptions, consumptions, interfaces, fields, views, waivers, law
// citations, signatures, plateaus and lifecycles, files added, deleted, renamed and moved between,
// declarations renamed with their references, whitespace and comments, a syntax error and its
// repair, gea.yaml. For differential-build.test.ts: a build after each must write what a build from
// nothing writes. An edit may leave the model with errors; the builds must still agree.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A top-level declaration as written: its keyword, name, file and full name, and where its text is. */
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly file: string;
  readonly full: string;
  readonly start: number;
  readonly end: number;
}

/** An edit drawn: what it does, said so that a failure can be read, and the change itself. */
export interface DrawnEdit {
  readonly what: string;
  readonly apply: () => void;
}

/** The workspace's texts by path (gea files and gea.yaml): what a step left, to go back to. */
export type Snapshot = ReadonlyMap<string, string>;

export class RandomEdits {
  private counter = 0;
  /** The text a syntax error replaced, put back by the next edit. */
  private repair?: { readonly file: string; readonly text: string };
  private readonly snapshots: Snapshot[] = [];

  constructor(
    private readonly root: string,
    private readonly random: () => number,
    /** Folders below `root` that are no sources (out folders). */
    private readonly skip: readonly string[],
  ) {}

  /** The next edit: the repair of the last one's syntax error, else one of the catalogue that applies. */
  next(): DrawnEdit {
    if (this.repair) {
      const { file, text } = this.repair;
      this.repair = undefined;
      return this.noted({ what: `repair ${this.rel(file)}`, apply: () => writeFileSync(file, text) });
    }
    const kinds = Object.keys(this.catalogue);
    for (;;) {
      const kind = this.pick(kinds);
      const drawn = this.catalogue[kind]!();
      if (drawn) return this.noted(drawn);
    }
  }

  /** The workspace's texts now. */
  snapshot(): Snapshot {
    const files = [...this.geaFiles(), this.yaml].filter((file) => existsSync(file));
    return new Map(files.map((file) => [this.rel(file), readFileSync(file, 'utf8')]));
  }

  /** Puts the workspace back as `snapshot` had it. */
  restore(snapshot: Snapshot): void {
    for (const file of [...this.geaFiles(), this.yaml]) if (existsSync(file) && !snapshot.has(this.rel(file))) rmSync(file);
    for (const [path, text] of snapshot) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), text);
    }
  }

  private noted(edit: DrawnEdit): DrawnEdit {
    return {
      what: edit.what,
      apply: () => {
        edit.apply();
        this.snapshots.push(this.snapshot());
      },
    };
  }

  private readonly catalogue: Record<string, () => DrawnEdit | undefined> = {
    'name en': () => this.replaceOne('name en', /^( {2}name en "[^"]*)"/m, (m) => `${m[1]} ${this.fresh()}"`),
    'name en, the same': () => this.replaceOne('name en, the same', /^ {2}name en "[^"]*"/m, (m) => m[0]),
    'name ru added': () => this.replaceOne('name ru added', /^ {2}name en "[^"]*"\n/m, (m) => `${m[0]}  name ru "Ру ${this.fresh()}"\n`),
    title: () => this.replaceOne('title', /^(\w+ \w+ "[^"]*)"/m, (m) => `${m[1]} ${this.fresh()}"`),
    version: () => this.replaceOne('version', /version "(\d+)\.(\d+)\.(\d+)"/m, (m) => `version "${m[1]}.${Number(m[2]) + 1}.${m[3]}"`),
    'doc comment': () => {
      const declaration = this.declaration('system|interface|data|agency|platform|law');
      return (
        declaration && {
          what: `doc comment on ${declaration.full}`,
          apply: () => {
            const text = readFileSync(declaration.file, 'utf8');
            const before = text.lastIndexOf('\n', declaration.start - 2);
            const line = text.slice(before + 1, declaration.start);
            writeFileSync(
              declaration.file,
              line.startsWith('/**')
                ? text.slice(0, before + 1) + text.slice(declaration.start)
                : `${text.slice(0, declaration.start)}/** Described ${this.fresh()} & <b>. */\n${text.slice(declaration.start)}`,
            );
          },
        }
      );
    },
    'consumption added': () => {
      const system = this.declaration('system');
      const api = this.declaration('interface');
      const law = this.declaration('law');
      return (
        system &&
        api && {
          what: `${system.full} consumes ${api.full}`,
          apply: () =>
            this.insertInto(
              system,
              `  consumes ${api.full} {\n    purpose "P ${this.fresh()}"\n${law ? `    legal-basis ${law.full} "3"\n` : ''}    agreement "A-1"\n  }\n`,
            ),
        }
      );
    },
    'consumption removed': () => this.replaceOne('consumption removed', /^ {2}consumes [\w.]+ \{\n(?: {4}[^\n]*\n)* {2}\}\n/m, () => ''),
    'interface added': () => {
      const system = this.declaration('system');
      return (
        system && {
          what: `interface of ${system.full}`,
          apply: () => {
            const name = `api_${this.fresh()}`;
            const style = this.pick(['rest', 'soap', 'event']);
            this.append(
              system.file,
              `interface ${name} "Шинэ ${name}" {\n  name en "New ${name}"\n  provider ${system.name}\n  via khur\n  style ${style}\n  version "1.0.0"\n  classification internal\n}\n`,
            );
          },
        }
      );
    },
    'interface removed': () => this.removeDeclaration('interface'),
    'field added': () =>
      this.replaceOne('field added', /^ {2}field \w+ [^\n]*\n/m, (m) => `${m[0]}  field f_${this.fresh()} string "Талбар"\n`),
    'field removed': () => this.replaceOne('field removed', /^ {2}field \w+ \w+ "[^"]*"\n/m, () => ''),
    'view added': () => {
      const agency = this.declaration('agency');
      const plateau = this.declaration('plateau');
      return (
        agency && {
          what: `view of ${agency.full}`,
          apply: () => {
            const body =
              this.random() < 0.5
                ? `  kind context\n  of ${agency.full}\n${plateau ? `  at ${plateau.full}\n` : ''}`
                : `  kind landscape\n  include ${agency.full}\n`;
            this.append(agency.file, `view v_${this.fresh()} "Харагдац" {\n  name en "A view"\n${body}}\n`);
          },
        }
      );
    },
    'view removed': () => this.removeDeclaration('view'),
    'waiver added': () => {
      const system = this.declaration('system');
      return (
        system && {
          what: `waiver on ${system.full}`,
          apply: () => {
            const rule = this.pick(['cross-agency-via-platform', 'consumption-legal-basis', 'sla-required', 'agreement-required']);
            const until = this.declaration('plateau');
            this.append(
              system.file,
              `waiver w_${this.fresh()} {\n  rule ${rule}\n  on ${system.name}\n  reason "Шалтгаан"\n${until && this.random() < 0.5 ? `  until ${until.full}\n` : ''}}\n`,
            );
          },
        }
      );
    },
    'waiver removed': () => this.removeDeclaration('waiver'),
    'law article': () =>
      this.replaceOne('law article', /^(\s+legal-basis [\w.]+) "([\d.]+)"/m, (m) => `${m[1]} "${m[2]}.${this.fresh().length}"`),
    'law citation removed': () => this.replaceOne('law citation removed', /^ {2,4}legal-basis [^\n]*\n/m, () => ''),
    'law citation added': () => {
      const cited = this.declaration('system|data|interface');
      const law = this.declaration('law');
      return (
        cited &&
        law && {
          what: `${cited.full} cites ${law.full}`,
          apply: () => this.insertInto(cited, `  legal-basis ${law.full} "${this.fresh().length}"\n`),
        }
      );
    },
    'law added': () => {
      const file = this.pick(this.geaFiles());
      return (
        file && {
          what: `law in ${this.rel(file)}`,
          apply: () => this.append(file, `law l_${this.fresh()} "Хууль" {\n  name en "A law"\n  enacted 2020-03-01\n}\n`),
        }
      );
    },
    'trust added': () => {
      const file = this.pick(this.geaFiles());
      const agency = this.declaration('agency');
      return (
        file &&
        agency && {
          what: `trust service in ${this.rel(file)}`,
          apply: () =>
            this.append(
              file,
              `trust t_${this.fresh()} "Гэрчилгээжүүлэх төв" {\n  name en "CA"\n  kind ${this.pick(['ca', 'tsa'])}\n  operator ${agency.full}\n  accredited\n}\n`,
            ),
        }
      );
    },
    'signature added': () => {
      const system = this.declaration('system');
      const data = this.declaration('data');
      const trust = this.declaration('trust');
      return (
        system &&
        data &&
        trust && {
          what: `${system.full} signs ${data.full} with ${trust.full}`,
          apply: () =>
            this.insertInto(
              system,
              `  signs ${data.full} { level ${this.pick(['advanced', 'qualified'])} format PAdES with ${trust.full} }\n`,
            ),
        }
      );
    },
    'signature level': () =>
      this.replaceOne('signature level', /level (qualified|advanced)/m, (m) => `level ${m[1] === 'qualified' ? 'advanced' : 'qualified'}`),
    'dependency added': () => {
      const system = this.declaration('system');
      const on = this.declaration('system');
      return (
        system &&
        on && {
          what: `${system.full} depends on ${on.full}`,
          apply: () => this.insertInto(system, `  depends-on ${on.full} "Шууд холболт" {\n    kind direct-db\n  }\n`),
        }
      );
    },
    'plateau added': () => {
      const file = this.pick(this.geaFiles());
      return (
        file && {
          what: `plateau in ${this.rel(file)}`,
          apply: () =>
            this.append(
              file,
              `plateau p_${this.fresh()} "Төлөв" {\n  name en "State"\n  date 20${26 + Math.floor(this.random() * 4)}-0${1 + Math.floor(this.random() * 9)}-15\n}\n`,
            ),
        }
      );
    },
    'plateau removed': () => this.removeDeclaration('plateau'),
    'plateau date': () =>
      this.replaceOne('plateau date', /^ {2}date (\d{4})(-\d\d-\d\d)/m, (m) => `  date ${Number(m[1]) + this.pick([-2, 1, 3])}${m[2]}`),
    'from or until added': () => {
      const element = this.declaration('system|interface|data');
      const plateau = this.declaration('plateau');
      return (
        element &&
        plateau && {
          what: `lifecycle of ${element.full}`,
          apply: () => this.insertInto(element, `  ${this.pick(['from', 'until'])} ${plateau.full}\n`),
        }
      );
    },
    'from or until removed': () => this.replaceOne('from or until removed', /^ {2}(from|until) \w+\n/m, () => ''),
    'from and until swapped': () =>
      this.replaceOne('from and until swapped', /^ {2}(from|until) (\w+)\n/m, (m) => `  ${m[1] === 'from' ? 'until' : 'from'} ${m[2]}\n`),
    'agency file added': () => {
      const api = this.declaration('interface');
      return {
        what: 'agency file added',
        apply: () => {
          const name = `ag_${this.fresh()}`;
          const consumes = api ? `  consumes ${api.full} {\n    purpose "Зорилго"\n    agreement "A"\n  }\n` : '';
          mkdirSync(join(this.root, 'agencies', name), { recursive: true });
          writeFileSync(
            join(this.root, 'agencies', name, `${name}.gea`),
            `agency ${name} "Шинэ агентлаг" {\n  name en "New agency"\n  kind agency\n}\n\nsystem ${name}_sys "Систем" {\n  name en "System"\n  owner ${name}\n  criticality low\n${consumes}}\n`,
          );
        },
      };
    },
    'file deleted': () => {
      const files = this.geaFiles();
      const file = files.length > 1 ? this.pick(files) : undefined;
      return file && { what: `${this.rel(file)} deleted`, apply: () => rmSync(file) };
    },
    'file renamed': () => {
      const file = this.pick(this.geaFiles());
      return file && { what: `${this.rel(file)} renamed`, apply: () => renameSync(file, join(dirname(file), `r_${this.fresh()}.gea`)) };
    },
    'declaration renamed with its references': () => {
      const declaration = this.declaration('system|interface|data|agency|platform|law|view');
      return (
        declaration && {
          what: `${declaration.full} renamed`,
          apply: () => {
            const to = `${declaration.name}_${this.fresh()}`;
            const name = new RegExp(`(?<![\\w-])${declaration.name}(?![\\w-])`, 'g');
            for (const file of this.geaFiles()) writeFileSync(file, readFileSync(file, 'utf8').replace(name, to));
          },
        }
      );
    },
    'declaration moved': () => {
      const declaration = this.declaration('system|interface|data|law|platform|view|waiver|plateau');
      return (
        declaration && {
          what: `${declaration.full} moved`,
          apply: () => {
            const text = readFileSync(declaration.file, 'utf8');
            writeFileSync(declaration.file, text.slice(0, declaration.start) + text.slice(declaration.end));
            const moved = text.slice(declaration.start, declaration.end);
            const others = this.geaFiles().filter((file) => file !== declaration.file);
            if (others.length > 0 && this.random() < 0.7) this.append(this.pick(others)!, moved);
            else writeFileSync(join(this.root, `moved_${this.fresh()}.gea`), moved);
          },
        }
      );
    },
    'declaration copied': () => {
      const declaration = this.declaration('system|interface|data|law|agency');
      return (
        declaration && {
          what: `${declaration.full} declared twice`,
          apply: () =>
            writeFileSync(
              join(this.root, `copy_${this.fresh()}.gea`),
              readFileSync(declaration.file, 'utf8').slice(declaration.start, declaration.end),
            ),
        }
      );
    },
    whitespace: () => {
      const file = this.pick(this.geaFiles());
      return (
        file && {
          what: `whitespace or a comment in ${this.rel(file)}`,
          apply: () => {
            const lines = readFileSync(file, 'utf8').split('\n');
            const at = Math.floor(this.random() * lines.length);
            const way = this.random();
            if (way < 0.33) lines.splice(at, 0, '');
            else if (way < 0.66) lines.splice(at, 0, `// ${this.fresh()}`);
            else lines[at] = `${lines[at]}   `;
            writeFileSync(file, lines.join('\n'));
          },
        }
      );
    },
    'line ends': () => {
      const file = this.pick(this.geaFiles());
      return (
        file && {
          what: `line ends of ${this.rel(file)}`,
          apply: () => {
            const text = readFileSync(file, 'utf8');
            writeFileSync(file, text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n'));
          },
        }
      );
    },
    'syntax error': () => {
      const file = this.pick(this.geaFiles());
      return (
        file && {
          what: `syntax error in ${this.rel(file)}`,
          apply: () => {
            const text = readFileSync(file, 'utf8');
            const at = Math.floor(this.random() * text.length);
            this.repair = { file, text };
            writeFileSync(file, `${text.slice(0, at)} }{ @@ "${text.slice(at)}`);
          },
        }
      );
    },
    'gea.yaml locale': () =>
      this.yamlEdit('locale', (text) =>
        /^locale: mn/m.test(text) ? text.replace('locale: mn', 'locale: en') : text.replace(/^locale: en/m, 'locale: mn'),
      ),
    'gea.yaml locales': () =>
      this.yamlEdit('locales', (text) =>
        /^locales: \[mn, en\]/m.test(text)
          ? text.replace('locales: [mn, en]', 'locales: [mn]')
          : text.replace(/^locales: \[mn\]/m, 'locales: [mn, en]'),
      ),
    'gea.yaml rule severity': () =>
      this.yamlEdit('rule severity', (text) => {
        const rule = this.pick([
          'consumption-legal-basis',
          'cross-agency-via-platform',
          'name-translation',
          'sla-required',
          'unused-waiver',
        ]);
        const severity = this.pick(['error', 'warning', 'info', 'off']);
        const without = text.replace(new RegExp(`^ {2}${rule}: \\w+\\n`, 'm'), '');
        return /^rules:\n/m.test(without)
          ? without.replace(/^rules:\n/m, `rules:\n  ${rule}: ${severity}\n`)
          : `${without}rules:\n  ${rule}: ${severity}\n`;
      }),
    'gea.yaml name': () =>
      this.yamlEdit('name', (text) => text.replace(/^name: (.*)$/m, (_, name: string) => `name: ${name} ${this.fresh()}`)),
    'back to an earlier step': () => {
      const snapshot = this.snapshots.length >= 3 ? this.snapshots[this.snapshots.length - 2 - Math.floor(this.random() * 2)] : undefined;
      return snapshot && { what: 'back to an earlier step', apply: () => this.restore(snapshot) };
    },
    nothing: () => ({ what: 'nothing', apply: () => {} }),
  };

  private get yaml(): string {
    return join(this.root, 'gea.yaml');
  }

  private yamlEdit(what: string, edit: (text: string) => string): DrawnEdit {
    return { what: `gea.yaml ${what}`, apply: () => writeFileSync(this.yaml, edit(readFileSync(this.yaml, 'utf8'))) };
  }

  private fresh(): string {
    return `e${++this.counter}`;
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }

  private rel(file: string): string {
    return relative(this.root, file).split('\\').join('/');
  }

  private geaFiles(): string[] {
    return readdirSync(this.root, { recursive: true, encoding: 'utf8' })
      .map((path) => path.split('\\').join('/'))
      .filter((path) => path.endsWith('.gea') && !this.skip.some((folder) => path.startsWith(`${folder}/`)))
      .sort()
      .map((path) => join(this.root, path));
  }

  /** The top-level declarations of these kinds, in every file. */
  private declarations(kinds: string): Declaration[] {
    const head = new RegExp(`^(${kinds}) (\\w+)[^\\n]*\\{\\n`, 'gm');
    return this.geaFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const namespace = /^namespace ([\w.]+)/m.exec(text)?.[1];
      return [...text.matchAll(head)].flatMap((match) => {
        const end = text.indexOf('\n}\n', match.index);
        if (end < 0) return [];
        const [, kind, name] = match as unknown as [string, string, string];
        return [{ kind, name, file, full: namespace ? `${namespace}.${name}` : name, start: match.index, end: end + 3 }];
      });
    });
  }

  private declaration(kinds: string): Declaration | undefined {
    return this.pick(this.declarations(kinds));
  }

  private removeDeclaration(kind: string): DrawnEdit | undefined {
    const declaration = this.declaration(kind);
    return (
      declaration && {
        what: `${declaration.full} removed`,
        apply: () => {
          const text = readFileSync(declaration.file, 'utf8');
          writeFileSync(declaration.file, text.slice(0, declaration.start) + text.slice(declaration.end));
        },
      }
    );
  }

  /** A line added at the end of a declaration's block. */
  private insertInto(declaration: Declaration, lines: string): void {
    const text = readFileSync(declaration.file, 'utf8');
    const closing = declaration.end - 2;
    writeFileSync(declaration.file, text.slice(0, closing) + lines + text.slice(closing));
  }

  private append(file: string, text: string): void {
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${text}`);
  }

  /** One match of `pattern` in one file that has one, replaced. */
  private replaceOne(what: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): DrawnEdit | undefined {
    const file = this.pick(this.geaFiles().filter((path) => pattern.test(readFileSync(path, 'utf8'))));
    if (!file) return undefined;
    return {
      what: `${what} in ${this.rel(file)}`,
      apply: () => {
        const text = readFileSync(file, 'utf8');
        const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))] as RegExpExecArray[];
        const match = this.pick(matches)!;
        writeFileSync(file, text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length));
      },
    };
  }
}
