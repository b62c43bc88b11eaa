// The server follows gea.yaml: its locale is the language of every message unless the editor
// asks for another, and a change to its rule severities takes effect without a restart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { bundledServer } from './support/bundled-server.js';
import { LspClient } from './support/lsp-client.js';
import { uriOf, workspaceOf } from './support/workspace-copy.js';

const MODEL = 'agency a "Агентлаг" { kind agency }\n';
let server: string[];

beforeAll(async () => {
  server = await bundledServer();
});

describe('workspace settings', () => {
  it('speaks the locale of gea.yaml, or the one the editor asks for', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const uri = uriOf(root, 'model.gea');
    for (const [asked, expected] of [
      [undefined, /[\u0400-\u04FF]/],
      ['en', /has no name in `en`/],
    ] as const) {
      const client = await LspClient.start({ command: server, folders: [root], initializationOptions: asked ? { locale: asked } : {} });
      try {
        await client.settled();
        const [finding] = client.diagnostics.get(uri)!;
        expect(finding!.code).toBe('name-translation');
        expect(finding!.message).toMatch(expected);
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 7 } });
        expect((hover.contents as { value: string }).value).toMatch(asked ? /\*\*agency\*\*/ : /\*\*байгууллага\*\*/);
      } finally {
        await client.stop();
      }
    }
  });

  it('takes a new severity from gea.yaml when it changes', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const uri = uriOf(root, 'model.gea');
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    try {
      await client.settled();
      expect(client.diagnostics.get(uri)!.map((diagnostic) => diagnostic.severity)).toEqual([3]);
      writeFileSync(join(root, 'gea.yaml'), 'locale: mn\nlocales: [mn, en]\nrules:\n  name-translation: error\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'gea.yaml'), type: 2 }] });
      const counts = await client.settled();
      expect(counts.error).toBe(1);
      expect(client.diagnostics.get(uri)!.map((diagnostic) => diagnostic.severity)).toEqual([1]);
    } finally {
      await client.stop();
    }
  });

  it('reads a source file that appears, but not one in the out folder', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    try {
      expect((await client.settled()).files).toBe(1);
      mkdirSync(join(root, 'out'), { recursive: true });
      writeFileSync(join(root, 'second.gea'), 'agency b "Б" { kind agency }\n');
      writeFileSync(join(root, 'out/copy.gea'), MODEL);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [
          { uri: uriOf(root, 'second.gea'), type: 1 },
          { uri: uriOf(root, 'out/copy.gea'), type: 1 },
        ],
      });
      expect((await client.settled()).files).toBe(2);
      expect(client.diagnostics.get(uriOf(root, 'second.gea'))!.map((diagnostic) => diagnostic.code)).toEqual(['name-translation']);
      expect(client.diagnostics.has(uriOf(root, 'out/copy.gea'))).toBe(false);
    } finally {
      await client.stop();
    }
  });

  it('lets go of an untitled buffer when it is closed, and reads a workspace file from disk again', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const uri = uriOf(root, 'model.gea');
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    try {
      expect((await client.settled()).files).toBe(1);
      // New File, language gea: the editor names it untitled:, with no .gea to look its language up by.
      const untitled = 'untitled:Untitled-1';
      await client.open(untitled, 'system s "С" { owner nobody }\n');
      expect((await client.settled()).files).toBe(2);
      expect(client.diagnostics.get(untitled)!.map((diagnostic) => diagnostic.code)).toContain('unresolved-reference');
      await client.close(untitled);
      await client.open(uri, MODEL);
      await client.change(uri, `${MODEL}agency b "Б" { kind agency }\n`);
      expect(await client.settled()).toMatchObject({ files: 1, info: 2 });
      expect(client.diagnostics.get(untitled)).toEqual([]);
      // Closing without saving: what is on disk again.
      await client.close(uri);
      expect(await client.settled()).toMatchObject({ files: 1, info: 1 });
      expect(client.process.exitCode).toBeNull();
    } finally {
      await client.stop();
    }
  });

  it('speaks GEA_LOCALE when the editor sets no locale, as the command line does, and says when it ignores a date that is not a day', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const client = await LspClient.start({
      command: server,
      folders: [root],
      initializationOptions: { evaluationDate: '2026-02-30' },
      env: { GEA_LOCALE: 'en' },
    });
    try {
      await client.settled();
      expect(client.diagnostics.get(uriOf(root, 'model.gea'))![0]!.message).toMatch(/has no name in `en`/);
      expect(client.messages).toEqual([
        { type: 2, message: expect.stringContaining('gea.evaluationDate "2026-02-30" is not a real day written YYYY-MM-DD') },
      ]);
    } finally {
      await client.stop();
    }
  });

  it('says the locale it speaks, and asks to be restarted when gea.yaml comes to name another', async () => {
    const root = workspaceOf({ 'gea.yaml': 'locale: mn\nlocales: [mn, en]\n', 'model.gea': MODEL });
    const yaml = uriOf(root, 'gea.yaml');
    const relocale = async (client: LspClient, locale: string) => {
      writeFileSync(join(root, 'gea.yaml'), `locale: ${locale}\nlocales: [mn, en]\n`);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: yaml, type: 2 }] });
      await client.settled();
    };
    // An editor that restarts the server itself is sent a notification; another is shown a message.
    const restarting = await LspClient.start({ command: server, folders: [root], initializationOptions: { restartOnLocaleChange: true } });
    try {
      expect(restarting.capabilities.experimental).toEqual({ gea: { locale: 'mn' } });
      const asked: unknown[] = [];
      restarting.connection.onNotification('gea/localeChanged', (params: unknown) => void asked.push(params));
      await restarting.settled();
      await relocale(restarting, 'en');
      expect(asked).toEqual([{ locale: 'en' }]);
      expect(restarting.messages).toEqual([]);
    } finally {
      await restarting.stop();
    }
    const plain = await LspClient.start({ command: server, folders: [root] });
    try {
      expect(plain.capabilities.experimental).toEqual({ gea: { locale: 'en' } });
      await plain.settled();
      await relocale(plain, 'mn');
      expect(plain.messages).toEqual([{ type: 3, message: expect.stringContaining('gea.yaml-д одоо mn хэл заасан') }]);
      // Back to the locale it speaks: nothing to ask.
      await relocale(plain, 'en');
      expect(plain.messages).toHaveLength(1);
    } finally {
      await plain.stop();
    }
    // The editor's locale is not gea.yaml's to change.
    const set = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'mn' } });
    try {
      await set.settled();
      await relocale(set, 'mn');
      await relocale(set, 'en');
      expect(set.messages).toEqual([]);
    } finally {
      await set.stop();
    }
  });

  it('brings in the workspace of a file opened without a workspace folder, from the gea.yaml above it (decision 0009)', async () => {
    const root = workspaceOf({
      'gea.yaml': 'locale: mn\nlocales: [mn]\n',
      'agencies/a.gea': 'agency a "А" { kind agency }\n',
      'agencies/b/b.gea': 'system s "С" { owner a }\n',
    });
    const uri = uriOf(root, 'agencies/b/b.gea');
    const client = await LspClient.start({ command: server, folders: [], initializationOptions: { locale: 'en' } });
    try {
      await client.open(uri, 'system s "С" { owner a }\n');
      expect(await client.settled()).toMatchObject({ files: 2, error: 0 });
      expect(client.diagnostics.get(uri) ?? []).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it('reads the files new `sources` take in, and drops those they leave out, without a restart', async () => {
    const root = workspaceOf({
      'gea.yaml': 'locale: mn\nlocales: [mn]\n',
      'a.gea': 'agency a "А" { kind agency }\n',
      'b.gea': 'system s "С" { owner a }\n',
    });
    const client = await LspClient.start({ command: server, folders: [root], initializationOptions: { locale: 'en' } });
    const changed = async (config: string) => {
      writeFileSync(join(root, 'gea.yaml'), config);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, 'gea.yaml'), type: 2 }] });
      return client.settled();
    };
    try {
      expect(await client.settled()).toMatchObject({ files: 2, error: 0 });
      expect(await changed('locale: mn\nlocales: [mn]\nsources: ["b.gea"]\n')).toMatchObject({ files: 1, error: 1 });
      expect(client.diagnostics.get(uriOf(root, 'b.gea'))!.map((diagnostic) => diagnostic.code)).toEqual(['unresolved-reference']);
      expect(await changed('locale: mn\nlocales: [mn]\n')).toMatchObject({ files: 2, error: 0 });
    } finally {
      await client.stop();
    }
  });

  it('resolves the names of each workspace folder among its own files, not in another folder or a file outside', async () => {
    const files = {
      'gea.yaml': 'locale: mn\nlocales: [mn]\n',
      'a.gea': 'agency a "А" { kind agency }\n',
      'b.gea': 'system s "С" { owner a }\n',
    };
    const first = workspaceOf(files);
    const second = workspaceOf({ ...files, 'a.gea': '' });
    const client = await LspClient.start({ command: server, folders: [first, second], initializationOptions: { locale: 'en' } });
    try {
      await client.settled();
      // The second folder has no agency `a`: its reference does not reach into the first.
      expect(client.diagnostics.get(uriOf(second, 'b.gea'))!.map((diagnostic) => diagnostic.code)).toEqual(['unresolved-reference']);
      expect(client.diagnostics.get(uriOf(first, 'b.gea')) ?? []).toEqual([]);
      const definition = await client.request<{ uri?: string; targetUri?: string }[]>('textDocument/definition', {
        textDocument: { uri: uriOf(first, 'b.gea') },
        position: { line: 0, character: 22 },
      });
      expect(definition.map((location) => location.uri ?? location.targetUri)).toEqual([uriOf(first, 'a.gea')]);
    } finally {
      await client.stop();
    }
  });

  it('speaks each workspace folder’s gea.yaml locale in its own files’ diagnostics and hovers, and follows a change of it', async () => {
    // A rule finding, an unresolved name (linking), an unclosed string (lexing) and a bad locale code (validation).
    const files = (locale: string) => ({
      'gea.yaml': `locale: ${locale}\nlocales: [mn, en]\n`,
      'model.gea': 'agency a "А" { kind agency }\nsystem s "С" { owner nobody }\nagency b "Б" { name EN_US "x" }\nagency c "unclosed\n',
    });
    const mongolian = workspaceOf(files('mn'));
    const english = workspaceOf(files('en'));
    const client = await LspClient.start({ command: server, folders: [mongolian, english] });
    const messages = (root: string) =>
      client.diagnostics.get(uriOf(root, 'model.gea'))!.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
    const hover = async (root: string) =>
      (
        (
          await client.request<Hover>('textDocument/hover', {
            textDocument: { uri: uriOf(root, 'model.gea') },
            position: { line: 0, character: 7 },
          })
        ).contents as { value: string }
      ).value;
    const cyrillic = /[\u0400-\u04FF]{3}/;
    try {
      await client.settled();
      const codes = ['name-translation', 'unresolved-reference', 'syntax'];
      for (const root of [mongolian, english])
        for (const code of codes)
          expect(
            messages(root).some((message) => message.startsWith(code)),
            code,
          ).toBe(true);
      // Model names are Cyrillic in both: the words around them say which locale speaks.
      for (const message of messages(english)) expect(message.replace(/`[^`]*`/g, ''), message).not.toMatch(cyrillic);
      for (const message of messages(mongolian)) expect(message.replace(/`[^`]*`/g, ''), message).toMatch(cyrillic);
      expect(await hover(mongolian)).toMatch(/\*\*байгууллага\*\*/);
      expect(await hover(english)).toMatch(/\*\*agency\*\*/);
      // The second folder's gea.yaml comes to name Mongolian: its files are read again in it.
      writeFileSync(join(english, 'gea.yaml'), 'locale: mn\nlocales: [mn, en]\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: uriOf(english, 'gea.yaml'), type: 2 }],
      });
      await client.settled();
      for (const message of messages(english)) expect(message.replace(/`[^`]*`/g, ''), message).toMatch(cyrillic);
      expect(await hover(english)).toMatch(/\*\*байгууллага\*\*/);
      expect(client.messages).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});
