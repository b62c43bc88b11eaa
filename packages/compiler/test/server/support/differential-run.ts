// A seeded run of random edits through the language server, each delivered as an editor delivers
// it (an incremental range edit, typed a character at a time, the whole text, or a change on disk
// the file watcher tells), with files saved, closed, created and deleted. Whenever the server is
// quiet, every file's published diagnostics and the workspace's finding counts are compared with a
// fresh `gea check` of the same texts; the first divergence ends the run and says how to replay it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeUri } from '@gea-arch/language';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-types';
import { seededRandom } from '@gea-arch/fixtures';
import { EditCatalogue, type Edit, type TextEdit } from './edit-catalogue.js';
import { freshCheck } from './fresh-check.js';
import { InProcessServer } from './in-process-server.js';

export interface RunOptions {
  readonly seed: number;
  /** Edits made in the run. */
  readonly steps: number;
  /** The workspace folder, which the run edits on disk. */
  readonly root: string;
  readonly locale: string;
  /** How often the run waits for the server and compares (the chance after each edit). */
  readonly compareChance?: number;
  /** The chance that a comparison also asks both servers for definitions and hovers (a fresh server is started for it). */
  readonly navigationChance?: number;
}

export interface Divergence {
  readonly seed: number;
  /** The edits made, each with how it was delivered. */
  readonly log: readonly string[];
  /** What differed: file by file, the server's diagnostics and a fresh check's. */
  readonly differences: readonly string[];
}

/** Diagnostics as compared: range, severity, code, message and the plateaus in data. */
function comparable(diagnostics: readonly Diagnostic[] | undefined): string[] {
  return (diagnostics ?? []).map((diagnostic) =>
    JSON.stringify([diagnostic.range, diagnostic.severity, diagnostic.code, diagnostic.message, diagnostic.data]),
  );
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export class DifferentialRun {
  readonly log: string[] = [];
  private readonly next: () => number;
  private readonly catalogue: EditCatalogue;
  /** Each source file's text as the editor has it: an open document's, else the file's on disk. */
  private readonly texts = new Map<string, string>();
  private readonly open = new Set<string>();
  server!: InProcessServer;

  constructor(private readonly options: RunOptions) {
    this.next = seededRandom(options.seed);
    this.catalogue = new EditCatalogue(this.next);
  }

  uriOf(path: string): string {
    return normalizeUri(pathToFileURL(join(this.options.root, path)).href);
  }

  /** Starts the server on the workspace; `paths` are its files (gea.yaml too). */
  async start(paths: readonly string[]): Promise<void> {
    for (const path of paths) this.texts.set(path, readFileSync(join(this.options.root, path), 'utf8'));
    this.server = await InProcessServer.start({ folders: [pathToFileURL(this.options.root).href], locale: this.options.locale });
    await this.server.settled();
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  /** Runs the edits; the first divergence, if any. */
  async run(): Promise<Divergence | undefined> {
    const first = await this.compare();
    if (first) return first;
    for (let step = 0; step < this.options.steps; step++) {
      const edit = this.catalogue.choose(this.texts);
      if (!edit) continue;
      await this.apply(edit);
      // Now and then a pause, so that the next edit lands while the server builds or analyses.
      if (this.next() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(this.next() * 40)));
      if (step === this.options.steps - 1 || this.next() < (this.options.compareChance ?? 0.6)) {
        const divergence = await this.compare();
        if (divergence) return divergence;
      }
    }
    return undefined;
  }

  async apply(edit: Edit): Promise<void> {
    switch (edit.kind) {
      case 'text':
        return this.applyText(edit);
      case 'move':
        this.log.push(edit.label);
        await this.applyText(edit.from);
        if (this.next() < 0.5) {
          this.log.push('(compared between)');
          const divergence = await this.compare();
          if (divergence) throw new DivergenceError(divergence);
        }
        // The target's text may have changed with the first half (the same file): put it at its end.
        return this.applyText({
          ...edit.to,
          offset: edit.to.path === edit.from.path ? this.texts.get(edit.to.path)!.length : edit.to.offset,
        });
      case 'create': {
        this.log.push(edit.label);
        this.writeDisk(edit.path, edit.text);
        this.texts.set(edit.path, edit.text);
        await this.server.watched([{ uri: this.uriOf(edit.path), type: 1 }]);
        if (this.next() < 0.3) await this.openFile(edit.path);
        return;
      }
      case 'delete': {
        this.log.push(edit.label);
        if (this.open.has(edit.path)) await this.closeFile(edit.path);
        rmSync(join(this.options.root, edit.path));
        this.texts.delete(edit.path);
        await this.server.watched([{ uri: this.uriOf(edit.path), type: 3 }]);
        return;
      }
    }
  }

  private async applyText(edit: TextEdit): Promise<void> {
    const before = this.texts.get(edit.path)!;
    const after = before.slice(0, edit.offset) + edit.insert + before.slice(edit.offset + edit.remove);
    const uri = this.uriOf(edit.path);
    if (edit.path === 'gea.yaml' || (!this.open.has(edit.path) && this.next() < 0.25)) {
      this.log.push(`${edit.label} [${edit.path} on disk @${edit.offset} -${edit.remove} +${JSON.stringify(edit.insert)}]`);
      this.writeDisk(edit.path, after);
      this.texts.set(edit.path, after);
      await this.server.watched([{ uri, type: 2 }]);
      return;
    }
    if (!this.open.has(edit.path)) await this.openFile(edit.path);
    const mode = this.next();
    const typed = mode >= 0.45 && mode < 0.8 && edit.remove + edit.insert.length <= 40;
    const how = mode >= 0.8 ? 'whole' : typed ? 'typed' : 'range';
    this.log.push(`${edit.label} [${edit.path} ${how} @${edit.offset} -${edit.remove} +${JSON.stringify(edit.insert)}]`);
    if (how === 'whole') await this.server.change(uri, [{ text: after }]);
    else if (how === 'range') await this.server.change(uri, [this.rangeChange(before, edit.offset, edit.remove, edit.insert)]);
    else {
      // Backspaces from the end of what is removed, then one character a change.
      let text = before;
      for (let index = edit.remove; index > 0; index--) {
        await this.server.change(uri, [this.rangeChange(text, edit.offset + index - 1, 1, '')]);
        text = text.slice(0, edit.offset + index - 1) + text.slice(edit.offset + index);
      }
      for (let index = 0; index < edit.insert.length; index++) {
        const character = edit.insert[index]!;
        await this.server.change(uri, [this.rangeChange(text, edit.offset + index, 0, character)]);
        text = text.slice(0, edit.offset + index) + character + text.slice(edit.offset + index);
      }
    }
    this.texts.set(edit.path, after);
    const after2 = this.next();
    if (after2 < 0.25) {
      this.log.push(`save ${edit.path}`);
      this.writeDisk(edit.path, after);
      await this.server.save(uri, after);
    } else if (after2 < 0.3) {
      this.log.push(`close ${edit.path} unsaved`);
      await this.closeFile(edit.path);
    }
  }

  private rangeChange(text: string, offset: number, remove: number, insert: string): TextDocumentContentChangeEvent {
    return { range: { start: positionAt(text, offset), end: positionAt(text, offset + remove) }, text: insert };
  }

  private async openFile(path: string): Promise<void> {
    this.log.push(`open ${path}`);
    this.open.add(path);
    await this.server.open(this.uriOf(path), this.texts.get(path)!);
  }

  /** Closed, an unsaved document is read from disk again. */
  private async closeFile(path: string): Promise<void> {
    this.open.delete(path);
    this.texts.set(path, readFileSync(join(this.options.root, path), 'utf8'));
    await this.server.close(this.uriOf(path));
  }

  private writeDisk(path: string, text: string): void {
    mkdirSync(dirname(join(this.options.root, path)), { recursive: true });
    writeFileSync(join(this.options.root, path), text);
  }

  /** Random places where a reference is written, in open files and on disk. */
  private referencePlaces(count: number): { uri: string; position: { line: number; character: number } }[] {
    const places = [...this.texts].flatMap(([path, text]) =>
      path.endsWith('.gea')
        ? [...text.matchAll(REFERENCE)].map((match) => ({ path, text, offset: match.index + match[0].length - 1 }))
        : [],
    );
    const chosen: { uri: string; position: { line: number; character: number } }[] = [];
    for (let index = 0; index < count && places.length > 0; index++) {
      const place = places[Math.floor(this.next() * places.length)]!;
      chosen.push({ uri: this.uriOf(place.path), position: positionAt(place.text, place.offset) });
    }
    return chosen;
  }

  /** Definitions and hovers at random references, against a fresh server's on the same texts. */
  async compareNavigation(count: number): Promise<string[]> {
    const fresh = await InProcessServer.start({ folders: [pathToFileURL(this.options.root).href], locale: this.options.locale });
    try {
      for (const [uri, text] of this.openTexts()) await fresh.open(uri, text);
      await fresh.settled();
      return await navigationDifferences(this.server, fresh, this.referencePlaces(count));
    } finally {
      await fresh.stop();
    }
  }

  /** The open documents' texts by URI. */
  openTexts(): Map<string, string> {
    return new Map([...this.open].map((path) => [this.uriOf(path), this.texts.get(path)!]));
  }

  /** Once the server is quiet: its diagnostics and counts against a fresh check's. */
  async compare(): Promise<Divergence | undefined> {
    const counts = await this.server.settled();
    const fresh = await freshCheck(this.options.root, this.openTexts(), {
      locale: this.options.locale,
      evaluationDate: this.evaluationDate,
    });
    const differences: string[] = [];
    const uris = new Set([...fresh.diagnostics.keys(), ...this.server.diagnostics.keys()]);
    for (const uri of [...uris].sort()) {
      if (!uri.startsWith(pathToFileURL(this.options.root).href)) continue;
      const got = comparable(this.server.diagnostics.get(uri));
      const want = comparable(fresh.diagnostics.get(uri));
      if (JSON.stringify(got) === JSON.stringify(want)) continue;
      const missing = want.filter((line) => !got.includes(line));
      const extra = got.filter((line) => !want.includes(line));
      differences.push(
        `${uri.slice(pathToFileURL(this.options.root).href.length + 1)}:\n  missing: ${missing.join('\n           ')}\n  extra: ${extra.join('\n         ')}${missing.length + extra.length === 0 ? '\n  (order differs)' : ''}`,
      );
    }
    if (JSON.stringify(counts) !== JSON.stringify(fresh.counts))
      differences.push(`counts: ${JSON.stringify(counts)} against ${JSON.stringify(fresh.counts)}`);
    if (differences.length === 0 && this.next() < (this.options.navigationChance ?? 0))
      differences.push(...(await this.compareNavigation(12)));
    return differences.length > 0 ? { seed: this.options.seed, log: [...this.log], differences } : undefined;
  }
}

const REFERENCE =
  /\b(?:owner|provider|consumes|uses|masters|operator|on|of|via|depends-on|legal-basis|from|until|parent|issuer) ([\p{L}\p{N}_.]+)/gu;

export interface Navigation {
  readonly definition: unknown;
  readonly hover: unknown;
}

/** Definitions and hovers at references, by the server's answers and by a fresh server's. */
export async function navigationDifferences(
  server: InProcessServer,
  fresh: InProcessServer,
  places: readonly { uri: string; position: { line: number; character: number } }[],
): Promise<string[]> {
  const differences: string[] = [];
  for (const { uri, position } of places) {
    const params = { textDocument: { uri }, position };
    for (const method of ['textDocument/definition', 'textDocument/hover']) {
      // A file that is not analysed (outside the sources) is an error reply from both.
      const answer = (from: InProcessServer) =>
        from.request(method, params).then(JSON.stringify, (error: Error) => `error: ${error.message}`);
      const got = await answer(server);
      const want = await answer(fresh);
      if (got !== want)
        differences.push(`${method} at ${uri} ${position.line + 1}:${position.character + 1}:\n  got:  ${got}\n  want: ${want}`);
    }
  }
  return differences;
}

export class DivergenceError extends Error {
  constructor(readonly divergence: Divergence) {
    super('diverged');
  }
}
