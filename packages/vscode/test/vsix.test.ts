// The .vsix as `npm run package` builds it (offline, vsce --no-dependencies): it holds the server
// bundle, the TextMate grammar, the fonts and the contributions, and the server in it starts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICKSTART_EXAMPLE } from '@gea-arch/fixtures';
import { LspClient } from './support/lsp-client.js';
import { unzip } from './support/unzip.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const GRAMMAR = readFileSync(fileURLToPath(new URL('../../language/src/gea.langium', import.meta.url)), 'utf8');

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string; icon: { light: string } }[];
    grammars: { language: string; scopeName: string; path: string }[];
    commands: { command: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

describe('the .vsix', () => {
  let files: Map<string, Buffer>;
  let extracted: string;

  beforeAll(() => {
    execFileSync('npm', ['run', 'package'], { cwd: PACKAGE_DIR, stdio: 'pipe', env: { ...process.env, npm_config_offline: 'true' } });
    files = unzip(readFileSync(join(PACKAGE_DIR, 'dist/gea.vsix')));
    extracted = mkdtempSync(join(tmpdir(), 'gea-vsix-'));
    for (const [name, bytes] of files) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(extracted, name)), { recursive: true });
      writeFileSync(join(extracted, name), bytes);
    }
  }, 120_000);

  it('holds the client and server bundles, the layout worker, the fonts, the grammar and the preview page', () => {
    for (const name of [
      'extension/package.json',
      'extension/dist/client/extension.cjs',
      'extension/dist/server/server.cjs',
      'extension/dist/server/layout-worker.js',
      'extension/assets/fonts/NotoSans-Regular.ttf',
      'extension/assets/fonts/NotoSans-Bold.ttf',
      'extension/syntaxes/gea.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/media/preview.js',
      'extension/docs/rules.md',
    ]) {
      expect(files.has(name), name).toBe(true);
    }
    expect([...files.keys()].filter((name) => name.includes('node_modules'))).toEqual([]);
    expect([...files.keys()].filter((name) => name.endsWith('.ts'))).toEqual([]);
  });

  it('carries no PNG renderer: its native module is replaced by a stub that says to use gea build --png', () => {
    const server = files.get('extension/dist/server/server.cjs')!.toString();
    expect(server).toContain('PNG rendering is not available in the editor');
    expect(server).not.toMatch(/(require|import)\(["']@resvg\/resvg-js["']\)/);
  });

  it('shows the preview under a strict Content-Security-Policy with a nonce, and loads nothing from outside', () => {
    const client = files.get('extension/dist/client/extension.cjs')!.toString();
    expect(client).toContain("default-src 'none'");
    expect(client).toMatch(/script-src 'nonce-\$\{nonce\}'/);
    for (const name of ['extension/media/preview.js', 'extension/media/preview.css']) {
      expect(files.get(name)!.toString(), name).not.toMatch(/https?:\/\//);
    }
  });

  it('contributes the language, its grammar, icon, commands and settings', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString()) as Manifest;
    expect(files.has(`extension/${manifest.main.replace(/^\.\//, '')}`)).toBe(true);
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: 'gea', extensions: ['.gea'] });
    expect(files.has(`extension/${language!.icon.light.replace(/^\.\//, '')}`)).toBe(true);
    expect(manifest.contributes.grammars).toEqual([{ language: 'gea', scopeName: 'source.gea', path: './syntaxes/gea.tmLanguage.json' }]);
    expect(manifest.contributes.commands.map((command) => command.command).sort()).toEqual(
      ['gea.build', 'gea.checkWorkspace', 'gea.explainRule', 'gea.openSite', 'gea.previewDiagram'].sort(),
    );
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['gea.evaluationDate', 'gea.locale']);
  });

  it('highlights every keyword of the grammar before the server starts', () => {
    const grammar = JSON.parse(files.get('extension/syntaxes/gea.tmLanguage.json')!.toString()) as { scopeName: string };
    expect(grammar.scopeName).toBe('source.gea');
    const keywords = [.../Keyword returns string:([\s\S]*?);/.exec(GRAMMAR)![1]!.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
    const text = JSON.stringify(grammar);
    const missing = keywords.filter((keyword) => !new RegExp(`[(|]${keyword.replace(/-/g, '\\-')}[|)]`).test(text));
    expect(missing).toEqual([]);
  });

  describe('its server', () => {
    let client: LspClient;

    beforeAll(async () => {
      client = await LspClient.start({
        command: [process.execPath, join(extracted, 'extension/dist/server/server.cjs'), '--stdio'],
        folders: [QUICKSTART_EXAMPLE],
        initializationOptions: { locale: 'en' },
      });
    });
    afterAll(async () => {
      await client?.stop();
    });

    it('starts, analyses the workspace and draws a diagram with the fonts beside it', async () => {
      expect(client.capabilities.completionProvider).toBeDefined();
      expect(client.capabilities.documentFormattingProvider).toBe(true);
      const counts = await client.settled();
      expect(counts.files).toBeGreaterThan(0);
      const uri = [...client.diagnostics.keys()][0] ?? new URL(`file://${QUICKSTART_EXAMPLE}/model.gea`).href;
      const preview = await client.request<{ svg: string } | null>('gea/preview', { uri });
      expect(preview?.svg.startsWith('<svg')).toBe(true);
    });
  });
});
