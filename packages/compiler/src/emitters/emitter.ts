// What an emitter is: one section of the out folder (`out/diagrams/`, `out/reports/`, …), the
// formats it writes, the command that makes one item of it, and the function that makes it all
// from the compiled workspace. The table in ./index.ts lists them; `gea build` runs them.
import type { FindingRecord, FindingSummary } from '../report/finding-records.js';
import type { Compilation } from '../check/compile.js';
import type { SectionFiles } from '../build/out-folder.js';
import type { ViewGraph } from '@gea-arch/core';
import type { ViewLayout } from '@gea-arch/diagrams';
import type { LayoutViewsOptions } from '@gea-arch/diagrams/node';

export interface EmitterFormat {
  /** What `--format` calls it: `svg`, `mermaid`, `sarif`. */
  readonly id: string;
  /** The extension of its files in the section: `svg`, `mmd`, `sarif`. */
  readonly extension: string;
  /** Whether `gea build` writes it: always, only when asked (`--png`), or never (the command only). */
  readonly built: 'always' | 'on-request' | 'never';
}

/** What every emitter is given: the compiled workspace, its findings, and the build's options. */
export interface EmitInput {
  readonly compilation: Compilation;
  readonly records: readonly FindingRecord[];
  readonly summary: FindingSummary;
  /** The out folder (absolute): reports link from their section back to the sources. */
  readonly outDir: string;
  /** Where this build may keep caches between runs (`out/.cache`). */
  readonly cacheDir: string;
  readonly options: EmitOptions;
  readonly onProgress?: (message: string) => void;
  /** What the emitters this one `needs` emitted earlier in this build, by emitter id. */
  readonly emitted: ReadonlyMap<string, Emitted>;
}

export interface EmitOptions {
  /** Locale of labels and titles in what is emitted; the model's default locale by default. */
  readonly locale?: string;
  /** Locale of messages (progress); gea.yaml `locale` by default. */
  readonly messageLocale?: string;
  /** Also write the formats built `on-request`. */
  readonly png?: boolean;
  /** Ignore caches (and refresh them). */
  readonly noCache?: boolean;
  /** ISO date for certificate expiry; gea.yaml `evaluation-date`, else today. */
  readonly evaluationDate?: string;
  /** gea's version, written into SARIF. */
  readonly toolVersion: string;
  /** Told what went wrong but was worked around (a view drawn with a simpler layout). */
  readonly onWarning?: (message: string) => void;
  /** Lays out diagrams in this process with this function (tests observe which views are laid out). */
  readonly layout?: LayoutViewsOptions['layout'];
  /** How layouts run in worker threads (tests pass a worker that misbehaves, and a short timeout). */
  readonly layoutPool?: Pick<LayoutViewsOptions, 'workerScript' | 'timeoutMs' | 'workers'>;
}

export interface Emitted {
  /** The section's files, by path relative to the section folder. */
  readonly files: SectionFiles;
  /** Counts worth reporting (`views`, `laidOut`, `cached`). */
  readonly stats?: Readonly<Record<string, number>>;
  /** The views drawn (the diagrams emitter), so that emitters after it name what its pictures show. */
  readonly views?: readonly ViewGraph[];
  /**
   * The views as computed (before the diagrams emitter folds any too dense to read), laid out, so
   * that emitters after it draw them without laying them out again.
   */
  readonly layouts?: readonly ViewLayout[];
  /** Each of `layouts`' key in the layout cache, which stands for its geometry. */
  readonly layoutKeys?: ReadonlyMap<ViewLayout, string>;
}

export interface Emitter {
  /** What `gea build --only` calls it. */
  readonly id: string;
  /** Its folder in `out/`. */
  readonly section: string;
  readonly formats: readonly EmitterFormat[];
  /** The `gea` command that emits one item of the section (`diagram` for `gea diagram VIEW`), if any. */
  readonly command?: string;
  /** Emitters whose sections this one reads or links to: `gea build --only` builds them too, before it. */
  readonly needs?: readonly string[];
  /** Emitters whose output this one uses when they are built before it, and makes itself otherwise. */
  readonly reuses?: readonly string[];
  emit(input: EmitInput): Promise<Emitted>;
}
