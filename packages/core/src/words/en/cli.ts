// English words of the cli section: the `gea` command's help, findings as text, `gea rules` and
// `gea explain`, `gea stats`, usage errors, progress, `gea init`, gea.yaml problems and workspace errors.
// Code, paths and ids come in as they are to be shown; lists come in already joined.
import type { ElementKind } from '../../model/types.js';
import { plural } from './common.js';

export const cli = {
  /** How a finding's severity is written in text output and `gea rules`. */
  severity: { error: 'error', warning: 'warning', info: 'info' },
  waived: 'waived',
  waiverNote: ({ waiver }: { waiver: string }) => `(waiver ${waiver})`,
  /** The summary line of `gea check` after its mark (✖, ⚠ or ✔). */
  summary: ({
    error,
    warning,
    info,
    waived,
    files,
    elements,
  }: {
    error: number;
    warning: number;
    info: number;
    waived: number;
    files: number;
    elements: number;
  }) =>
    `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info', 'infos')}, ${waived} waived in ${plural(files, 'file')} (${plural(elements, 'element')})`,

  /** `--max-warnings` failed the run: how many warnings, and the limit. */
  tooManyWarnings: ({ warnings, max }: { warnings: number; max: number }) =>
    `${plural(warnings, 'warning')}, more than --max-warnings ${max} allows`,
  rules: {
    headings: { id: 'id', severity: 'default', checks: 'checks' },
    footer: '`gea explain ID` tells why, with an example; gea.yaml `rules:` changes severities.',
    explainHeading: ({ id, severity }: { id: string; severity: string }) => `${id} (default: ${severity})`,
    unknown: ({ id, suggestion }: { id: string; suggestion: string }) => `no rule \`${id}\`${suggestion} (\`gea rules\` lists them)`,
  },

  /** `gea stats`: three tables, their titles and headings; the kinds as rows. */
  stats: {
    titles: { kinds: 'Elements by kind', agencies: 'By agency', plateaus: 'At each plateau' },
    headings: {
      kind: 'kind',
      count: 'count',
      agency: 'agency',
      systems: 'systems',
      data: 'data assets',
      interfaces: 'interfaces',
      operates: 'operates',
      date: 'date',
    },
    kinds: {
      agency: 'agencies',
      system: 'systems',
      data: 'data assets',
      interface: 'interfaces',
      platform: 'platforms',
      trust: 'trust services',
      law: 'laws',
      plateau: 'plateaus',
      view: 'views',
      waiver: 'waivers',
    } as Readonly<Record<ElementKind, string>>,
    agenciesNote: 'systems and data assets it owns, interfaces its systems provide, platforms and trust services it operates',
  },

  usage: {
    unknownFormat: ({ format, formats }: { format: string; formats: string }) => `unknown format \`${format}\`; use one of ${formats}`,
    maxWarnings: ({ value }: { value: string }) => `--max-warnings takes a whole number, not \`${value}\``,
    dateNotOnCalendar: ({ date }: { date: string }) => `--date ${date} is not a calendar date; give a real day, written YYYY-MM-DD`,
    dateForm: ({ date }: { date: string }) => `--date takes a date written YYYY-MM-DD, not \`${date}\``,
    localeNotInWorkspace: ({ locale, locales, spoken }: { locale: string; locales: string; spoken: string }) =>
      `--locale ${locale} is neither one of the workspace's locales (${locales}) nor a language gea speaks (${spoken}); use one of those, or add ${locale} to \`locales\` in gea.yaml`,
    outputIsInput: ({ path }: { path: string }) =>
      `-o ${path} is a file the workspace is read from (a source or its settings); gea never writes over those: give -o a file of its own`,
    outputNamedAsInput: ({ path }: { path: string }) =>
      `-o ${path} is named as a model source (.gea) or settings (gea.yaml) are, and gea never writes over those: give -o a file of another name`,
    formatNotForFile: ({ format, file, fileFormat }: { format: string; file: string; fileFormat: string }) =>
      `--format ${format} does not fit -o ${file}, whose extension says ${fileFormat}; leave --format out (the extension chooses the format) or name the file for ${format}`,
    removedEarlierResults: ({ path }: { path: string }) =>
      `removed ${path}, which an earlier run left there, so that it is not taken for this run's output`,
    localeNotSpoken: ({ locale, spoken }: { locale: string; spoken: string }) =>
      `--locale ${locale} is not a language gea speaks; use one of ${spoken}`,
    helpHint: '(run `gea --help` for usage)',
    internalError: ({ detail }: { detail: string }) =>
      `internal error: ${detail}\nThis is a bug in gea; please report it with the input that caused it.`,
  },

  /** Commander's own errors, said again in these words. */
  parsing: {
    unknownCommand: ({ name, similar }: { name: string; similar: string | undefined }) =>
      `error: unknown command '${name}'${similar === undefined ? '' : `\n(Did you mean ${similar}?)`}`,
    unknownOption: ({ option, similar }: { option: string; similar: string | undefined }) =>
      `error: unknown option '${option}'${similar === undefined ? '' : `\n(Did you mean ${similar}?)`}`,
    missingArgument: ({ name }: { name: string }) => `error: missing required argument '${name}'`,
    missingOptionValue: ({ option }: { option: string }) => `error: option '${option}' argument missing`,
    tooManyArguments: ({ command, expected, received }: { command: string | undefined; expected: number; received: number }) =>
      `error: too many arguments${command === undefined ? '' : ` for '${command}'`}. Expected ${plural(expected, 'argument')} but got ${received}.`,
    invalidChoice: ({ option, value, choices }: { option: string; value: string; choices: string }) =>
      `error: option '${option}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
  },

  help: {
    titles: { usage: 'Usage:', arguments: 'Arguments:', options: 'Options:', commands: 'Commands:', globalOptions: 'Global Options:' },
    defaultValue: ({ value }: { value: string }) => `default: ${value}`,
    choices: ({ values }: { values: string }) => `choices: ${values}`,
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    versionOption: 'output the version number',
  },

  /** What the commands, their arguments and options are for, as `--help` lists them. */
  commands: {
    program: 'gea — government enterprise architecture as code',
    workspaceArgument: 'a folder, a gea.yaml, or .gea files',
    localeOption: 'language of messages: mn or en (default: GEA_LOCALE, else gea.yaml `locale`, else mn)',
    wordLocaleOption: 'language of the text: mn or en (default: GEA_LOCALE, else mn)',
    init: 'write a small, valid starter workspace (gea.yaml and a model) into a folder',
    initDirectory: 'the folder to write into (created if needed)',
    check: 'parse, link and run the integration rules; exit 1 on errors',
    formatOption: 'output format',
    checkFormatOption: 'output format (default: the extension of -o: .sarif is sarif, .json json; else text)',
    diagramFormatOption: 'output format (default: the extension of -o, else svg)',
    gapFormatOption: 'output format (default: the extension of -o, else md)',
    plateauOption: 'evaluate at this plateau only',
    maxWarningsOption: 'exit 1 when there are more warnings than this',
    outputOption: 'write the findings to a file instead of standard output',
    dateOption: 'evaluation date for certificate checks (default: gea.yaml evaluation-date, else today)',
    rules: 'list every rule with its default severity and what it checks',
    explain: 'explain a rule: why it exists, with a bad and a good example',
    ruleArgument: 'a rule id, e.g. single-master',
    build: ({ sections }: { sections: string }) => `write ${sections} into the out folder; exit 1 when the model has errors`,
    outOption: 'the out folder (default: gea.yaml `out`, relative to the workspace)',
    onlyOption: ({ sections }: { sections: string }) => `build only these, comma-separated: ${sections}`,
    pngOption: 'also render every diagram as PNG',
    noCacheOption: 'build and write everything again, ignoring the last build and cached layouts',
    /** What draws from the model (diagrams, the site, views, ArchiMate): its labels follow gea.yaml, not GEA_LOCALE (decision 0052). */
    labelLocaleOption:
      'language of labels and messages (default: labels in gea.yaml `locale`, else mn; messages in GEA_LOCALE, else gea.yaml `locale`, else mn)',
    /** What is written for one reader (a gap report, a diff, a spec): labels and messages in the reader's language (decision 0014). */
    documentLocaleOption: 'language of labels and messages (default: GEA_LOCALE, else gea.yaml `locale`, else mn)',
    buildLocaleOption:
      'language of out/ (default: gea.yaml `locale`, else mn; never GEA_LOCALE, so every build of a model is the same) and of messages (default: GEA_LOCALE, else that)',
    buildDateOption: 'evaluation date for certificate checks',
    watchOption: 'build again whenever a source or gea.yaml changes (only changed views are laid out again)',
    diagram: 'render one view (`gea build` writes them all)',
    viewArgument:
      'the view id (`gea views` lists them): a declared view, or landscape-PLATEAU, landscape-PLATEAU-AGENCY, context-AGENCY, dataflow-DATA, signatures, gap-A-B',
    diagramOutputOption: 'write to a file instead of standard output',
    /** `-o` of `gea gap` and `gea diff`, which write a report, not findings. */
    reportOutputOption: 'write the report to a file instead of standard output',
    stats: 'count the elements per kind, per agency and per plateau',
    statsDateOption:
      'evaluation date: the date of the plateau `now` when the model declares none (default: gea.yaml evaluation-date, else today)',
  },

  progress: {
    read: ({ files }: { files: number }) => `read ${plural(files, 'file')}`,
    parsed: ({ files }: { files: number }) => `parsed and linked ${plural(files, 'file')}`,
  },

  init: {
    wrote: ({ files }: { files: readonly string[] }) => `wrote ${files.join(' and ')}`,
    next: 'next:',
    alreadyExist: ({ paths }: { paths: readonly string[] }) =>
      `${paths.join(', ')} already exist${paths.length === 1 ? 's' : ''}; gea init writes only into a folder without them (choose another folder, or move them away)`,
    holdsSources: ({ folder, files }: { folder: string; files: string }) =>
      `${folder} already holds .gea files (${files}), which the starter's own would clash with; gea init starts a new workspace in a folder without them: choose another folder, or write a gea.yaml beside these files to make them a workspace`,
    insideWorkspace: ({ folder, config }: { folder: string; config: string }) =>
      `${folder} is inside the workspace of ${config}, which would read the starter's model as its own (every name twice); choose a folder outside that workspace`,
    andMore: ({ count }: { count: number }) => `and ${count} more`,
  },

  workspace: {
    noSuchPath: ({ path }: { path: string }) => `no such file or folder: ${path}`,
    mixedTargets: 'give one workspace folder, one gea.yaml, or .gea files — not several folders or a mix',
    notSource: ({ path }: { path: string }) => `not a .gea file: ${path}; give a folder, a gea.yaml or .gea files`,
    differentWorkspaces: ({ configs }: { configs: string }) =>
      `the files belong to different workspaces (gea.yaml: ${configs}); check one workspace at a time`,
    noConfig: 'none',
    noSourcesBelow: ({ folder, root }: { folder: string; root: string }) => `no .gea files in ${folder} (the workspace is ${root})`,
    noSources: ({ root, sources }: { root: string; sources: string }) =>
      `no .gea files in ${root} (sources: ${sources}); write one, or run \`gea init\``,
    cannotRead: ({ path, reason }: { path: string; reason: string }) => `cannot read ${path}: ${reason}`,
    cannotReadFolder: ({ path, reason }: { path: string; reason: string }) =>
      `cannot read the folder ${path}: ${reason}; give gea permission to read it, or move it out of the workspace (or out of \`sources\` in gea.yaml)`,
    cannotWrite: ({ path, reason }: { path: string; reason: string }) =>
      `cannot write ${path}: ${reason}; the previous output is left as it was`,
    cannotWriteEarlierRemoved: ({ path, reason }: { path: string; reason: string }) =>
      `cannot write ${path}: ${reason}; the file an earlier run left there is removed, so that it is not taken for this run's output`,
    notRestored: ({ path, reason, folders }: { path: string; reason: string; folders: string }) =>
      `cannot write ${path}: ${reason}, and could not put all of the previous output back: ${folders}; the next gea build finishes putting the new output in place`,
    holdsNew: ({ folder }: { folder: string }) => `${folder} holds new files`,
    holdsPrevious: ({ folder }: { folder: string }) => `${folder} holds previous files`,
    /** Why a read failed, where it says more than the write reasons. */
    readReasons: {
      ENOENT: 'no such file or folder',
      EISDIR: 'it is a folder, not a file',
    } as Readonly<Record<string, string>>,
    /** Why a write failed, by the system's error code; other codes are shown as they are. */
    writeReasons: {
      ENOSPC: 'the disk is full',
      EROFS: 'the file system is read-only',
      EACCES: 'permission denied',
      EPERM: 'the operation is not permitted',
      ENOENT: 'a folder on the way is gone',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EISDIR: 'a folder is in the way',
      EEXIST: 'a file is in the way',
    } as Readonly<Record<string, string>>,
    noPlateau: ({ plateau, suggestion, plateaus }: { plateau: string; suggestion: string; plateaus: string }) =>
      `no plateau \`${plateau}\`${suggestion} (plateaus: ${plateaus})`,
    noDeclaredPlateaus: ({ plateau }: { plateau: string }) =>
      `no plateau \`${plateau}\`: the model declares no plateau, and a gap compares two (\`plateau current "…" { date 2026-01-01 }\`)`,
  },

  /** Problems in gea.yaml. */
  config: {
    invalidYaml: ({ detail }: { detail: string }) => `not valid YAML: ${detail}`,
    /** What the YAML reader found, by its error code (the reader's own text is English only). */
    yamlProblems: {
      DUPLICATE_KEY: 'this key is given a second time in its mapping: keep one',
      MULTIPLE_DOCS: 'gea.yaml holds one YAML document: remove the `---` and merge what follows into the settings above',
      TAB_AS_INDENT: 'a tab indents this line: indent with spaces',
      BAD_INDENT: 'the indentation is off: indent the entries of one mapping or list alike, and close a `[` with `]` or a `{` with `}`',
      MISSING_CHAR: 'something is not closed here: a `"`, `\'`, `]` or `}`, or the `:` after a key',
      BLOCK_AS_IMPLICIT_KEY: 'a mapping cannot start on the line of its key: put its entries on the lines below, indented',
      MULTILINE_IMPLICIT_KEY: 'a key must fit on one line, followed by `:`',
      BAD_SCALAR_START: 'a value cannot start with this character unquoted: put the value in quotes',
      BAD_DQ_ESCAPE: 'this is not an escape YAML reads in a `"…"` string: write `\\\\` for a backslash, or quote the value with `\'`',
      TAG_RESOLVE_FAILED: 'gea.yaml takes no `!` tags: remove it',
      KEY_OVER_1024_CHARS: 'a key is longer than YAML allows: shorten it',
    } as Readonly<Record<string, string>>,
    /** Any other code of the YAML reader. */
    yamlProblem: 'YAML cannot read this: check the indentation, quotes and brackets around it',
    unknownAlias: ({ alias }: { alias: string }) =>
      `\`*${alias}\` names no anchor: write \`&${alias}\` on a value before it, or the value itself`,
    notMapping: 'gea.yaml must be a mapping of settings (`locale: mn`, `sources: [...]`, …)',
    name: '`name` must be a string',
    locale: '`locale` must be a locale code such as `mn` or `en`',
    locales: '`locales` must be a list of locale codes, e.g. `[mn, en]`',
    localeCode: ({ key, locale, language }: { key: string; locale: string; language: string | undefined }) =>
      `\`${key}\`: \`${locale}\` is not a locale code: a locale is a language code of two or three lower-case letters, as in \`name en "…"\`${language === undefined ? '' : `; write \`${language}\``}`,
    sources: '`sources` must be a list of globs relative to gea.yaml, e.g. `["**/*.gea"]`',
    sourceOutside: ({ pattern }: { pattern: string }) =>
      `the source pattern \`${pattern}\` reaches outside the workspace; sources are globs inside the folder of gea.yaml, e.g. \`agencies/**/*.gea\``,
    out: '`out` must be a folder name relative to gea.yaml, e.g. `out`',
    outIsWorkspace: ({ out }: { out: string }) =>
      `\`out: ${out}\` is the folder of gea.yaml itself: the build would skip every source as its output and refuse to write among them; name a folder inside it, e.g. \`out\``,
    rules: '`rules` must map rule ids to error, warning, info or off',
    evaluationDate: '`evaluation-date` must be a date written YYYY-MM-DD',
    unknownSetting: ({ key, suggestion, known }: { key: string; suggestion: string; known: string }) =>
      `unknown setting \`${key}\`${suggestion} (known: ${known})`,
    unknownRule: ({ id, suggestion }: { id: string; suggestion: string }) =>
      `unknown rule \`${id}\`${suggestion} (\`gea rules\` lists them)`,
    severity: ({ id, severities }: { id: string; severities: string }) => `severity of \`${id}\` must be one of ${severities}`,
    fixedSeverity: ({ id }: { id: string }) =>
      `\`${id}\` is a parse or link error and stays an error: the model is incomplete while it is there; remove this line and fix the model`,
  },

  sarif: {
    workspaceRoot: 'The gea workspace folder (where gea.yaml is).',
    repositoryRoot: 'The root of the git repository holding the gea workspace.',
  },
};
