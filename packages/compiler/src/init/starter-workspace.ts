// The starter workspace `gea init` writes: the same files as examples/quickstart (a test keeps
// them identical), so what a new user starts from is the model the README tours.
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../workspace/config.js';
import { findConfigFile, sourcesOf, WorkspaceError } from '../workspace/load-workspace.js';
import type { Saying } from '../workspace/saying.js';

export const STARTER_FILES: Readonly<Record<string, string>> = {
  'gea.yaml': `name: gea quickstart
locale: mn
locales: [mn, en]
`,
  'model.gea': `// The smallest instructive gea model: two agencies, the national data exchange (ХУР),
// a register with the system that masters it, and a portal that reads it through ХУР.

law pdp_law "Хувь хүний мэдээлэл хамгаалах тухай хууль" {
  name en "Law on Personal Data Protection"
  enacted 2021-12-17
}

agency ndc "Үндэсний дата төв" {
  name en "National Data Center"
  kind agency
}

agency gasr "Улсын бүртгэлийн ерөнхий газар" {
  name en "General Authority for State Registration"
  kind agency
}

/** ХУР: every cross-agency exchange runs through it. */
platform khur "Төрийн мэдээлэл солилцооны систем ХУР" {
  name en "KHUR national data exchange"
  kind exchange
  operator ndc
}

data citizen "Иргэний бүртгэл" {
  name en "Citizen register"
  owner gasr
  kind registry
  base-registry
  classification restricted
  privacy personal
  field register_no string "Регистрийн дугаар" key
  field surname string "Овог"
  field given_name string "Нэр"
}

system civil_registry "Иргэний бүртгэлийн систем" {
  name en "Civil registration system"
  owner gasr
  criticality high
  masters citizen
}

interface citizen_info "Иргэний лавлагаа" {
  name en "Citizen information service"
  provider civil_registry
  via khur
  style soap
  version "1.0.0"
  classification restricted
  consent dan
  sla { availability 99.5% latency 800ms }
  operation WS100101_getCitizenIDCardInfo {
    input citizen { register_no }
    output citizen { register_no, surname, given_name }
  }
}

system emongolia "E-Mongolia портал" {
  name en "E-Mongolia portal"
  owner ndc
  criticality high
  consumes citizen_info {
    purpose "Иргэнд өөрийн мэдээллийг харуулах"
    legal-basis pdp_law "8.1"
    agreement "ХТ-2026/001"
  }
}
`,
};

export interface StarterOptions {
  /** The language of errors; Mongolian by default. */
  readonly locale?: string;
  /** How a path is named in an error (as given by default). */
  readonly shown?: (path: string) => string;
}

/**
 * Writes the starter files into `dir` (created if needed). Refuses, writing nothing, if any of them
 * exists, if the folder already holds .gea files (the starter's names would clash with theirs), or
 * if it is inside another workspace (whose sources would take in the starter's model).
 */
export async function writeStarterWorkspace(dir: string, options: StarterOptions = {}): Promise<string[]> {
  const root = resolve(dir);
  const shown = options.shown ?? ((path: string) => path);
  const refuse = (saying: Saying) => new WorkspaceError(saying, options.locale);
  const names = Object.keys(STARTER_FILES);
  const taken = names.filter((name) => existsSync(join(root, name)));
  if (taken.length > 0) {
    const paths = taken.map((name) => shown(join(root, name)));
    throw refuse((words) => words.cli.init.alreadyExist({ paths }));
  }
  const sources = isFolder(root) ? await sourcesOf(root, DEFAULT_CONFIG) : [];
  if (sources.length > 0) {
    const listed = sources.slice(0, SOURCES_LISTED).map((file) => shown(join(root, file)));
    throw refuse((words) => {
      const more = sources.length - listed.length;
      const files = [...listed, ...(more > 0 ? [words.cli.init.andMore({ count: more })] : [])].join(', ');
      return words.cli.init.holdsSources({ folder: shown(root), files });
    });
  }
  const config = findConfigFile(dirname(root));
  if (config !== undefined) throw refuse((words) => words.cli.init.insideWorkspace({ folder: shown(root), config: shown(config) }));
  await mkdir(root, { recursive: true });
  for (const name of names) await writeFile(join(root, name), STARTER_FILES[name]!, { encoding: 'utf8', flag: 'wx' });
  return names.map((name) => join(root, name));
}

/** How many of a folder's .gea files a refusal names. */
const SOURCES_LISTED = 3;

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
