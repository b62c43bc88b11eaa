// The `gea` command: argument parsing, dispatch and exit codes (0 ok, 1 findings, 2 usage or I/O).
// Help and errors are in the words of the locale asked for on the command line or in GEA_LOCALE
// (Mongolian when neither says); each command then speaks its chosen locale (options.ts). A
// command's module (and with it the compiler, Langium, ELK) is imported only when it runs, so help
// and a small check start quickly.
import { Command, CommanderError, Option } from 'commander';
import { printable, wordsFor, type Words } from '@gea-arch/core/words';
import {
  BUILD_SECTIONS,
  CHECK_FORMATS,
  DIAGRAM_FORMATS,
  DIFF_FORMATS,
  FAIL_ON,
  GAP_FORMATS,
  SPEC_COMMAND_FORMATS,
  STATS_FORMATS,
  VIEWS_FORMATS,
} from './choices.js';
import { commanderErrorInWords, helpInWords } from './commander-words.js';
import { askedLocale, localeOnCommandLine } from './asked-locale.js';
import { OutputError, processIo, shownPath, type Io } from './terminal.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const asked = askedLocale(localeOnCommandLine(argv), io.env);
  const words = wordsFor(asked).cli;
  const said = words.commands;
  let exitCode = 0;
  const program = new Command('gea')
    .description(said.program)
    .version(VERSION, '-V, --version', words.help.versionOption)
    .helpOption('-h, --help', words.help.helpOption)
    .helpCommand('help [command]', words.help.helpCommand)
    .configureHelp(helpInWords(words))
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(commanderErrorInWords(text, words)),
    })
    .showHelpAfterError(words.usage.helpHint)
    // `-o -` is standard output, as in most tools, not a file named `-` (decision 0075); the folder
    // of `gea import archimate -o DIR` has no such meaning.
    .hook('preAction', (_, command) => {
      if (command.opts().output === '-' && command.parent?.name() !== 'import') command.setOptionValue('output', undefined);
    });

  program
    .command('init')
    .description(said.init)
    .argument('[dir]', said.initDirectory, '.')
    .option('--locale <locale>', said.wordLocaleOption)
    .action(async (dir: string, options) => {
      exitCode = await (await import('./commands/init.js')).init(dir, options, io);
    });

  program
    .command('check')
    .description(said.check)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .addOption(new Option('-f, --format <format>', said.checkFormatOption).choices([...CHECK_FORMATS]))
    .option('-p, --plateau <id>', said.plateauOption)
    .option('--max-warnings <n>', said.maxWarningsOption)
    .option('-o, --output <file>', said.outputOption)
    .option('--date <YYYY-MM-DD>', said.dateOption)
    .option('--locale <locale>', said.localeOption)
    .action(async (targets: string[], options) => {
      exitCode = await (await import('./commands/check.js')).check(targets, options, io);
    });

  program
    .command('build')
    .description(said.build({ sections: BUILD_SECTIONS.join(', ') }))
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .option('--out <dir>', said.outOption)
    .option('--only <sections>', said.onlyOption({ sections: BUILD_SECTIONS.join(', ') }))
    .option('--png', said.pngOption)
    .option('--no-cache', said.noCacheOption)
    .option('--locale <locale>', said.buildLocaleOption)
    .option('--date <YYYY-MM-DD>', said.buildDateOption)
    .option('--watch', said.watchOption)
    .action(async (targets: string[], options) => {
      const stop = new AbortController();
      const interrupted = () => stop.abort();
      if (options.watch) process.once('SIGINT', interrupted);
      try {
        exitCode = await (await import('./commands/build.js')).build(targets, options, io, stop.signal);
      } finally {
        process.off('SIGINT', interrupted);
      }
    });

  program
    .command('diagram')
    .description(said.diagram)
    .argument('<view>', said.viewArgument)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .addOption(new Option('-f, --format <format>', said.diagramFormatOption).choices([...DIAGRAM_FORMATS]))
    .option('-o, --output <file>', said.diagramOutputOption)
    .option('--locale <locale>', said.labelLocaleOption)
    .action(async (view: string, targets: string[], options) => {
      exitCode = await (await import('./commands/diagram.js')).diagram(view, targets, options, io);
    });

  const reportWords = wordsFor(asked).reports.commands;
  program
    .command('gap')
    .description(reportWords.gap)
    .argument('<from>', reportWords.fromArgument)
    .argument('<to>', reportWords.toArgument)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .addOption(new Option('-f, --format <format>', said.gapFormatOption).choices([...GAP_FORMATS]))
    .option('-o, --output <file>', said.reportOutputOption)
    .option('--link-base <url>', reportWords.linkBaseOption)
    .option('--date <YYYY-MM-DD>', said.dateOption)
    .option('--locale <locale>', said.documentLocaleOption)
    .action(async (from: string, to: string, targets: string[], options) => {
      exitCode = await (await import('./commands/gap.js')).gap(from, to, targets, options, io);
    });

  program
    .command('diff')
    .description(reportWords.diff)
    .argument('[base]', reportWords.baseArgument)
    .addOption(new Option('-f, --format <format>', said.formatOption).choices([...DIFF_FORMATS]).default('md'))
    .addOption(new Option('--fail-on <condition>', reportWords.failOnOption).choices([...FAIL_ON]))
    .option('-w, --workspace <path>', said.workspaceArgument, '.')
    .option('-p, --plateau <id>', reportWords.diffPlateauOption)
    .option('-o, --output <file>', said.reportOutputOption)
    .option('--link-base <url>', reportWords.linkBaseOption)
    .option('--date <YYYY-MM-DD>', said.dateOption)
    .option('--locale <locale>', said.documentLocaleOption)
    .action(async (base: string | undefined, options) => {
      exitCode = await (await import('./commands/diff.js')).diff(base, options, io);
    });

  program
    .command('views')
    .description(wordsFor(asked).diagrams.viewList.command)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .addOption(new Option('-f, --format <format>', said.formatOption).choices([...VIEWS_FORMATS]).default('text'))
    .option('--locale <locale>', said.labelLocaleOption)
    .action(async (targets: string[], options) => {
      exitCode = await (await import('./commands/views.js')).listViews(targets, options, io);
    });

  program
    .command('stats')
    .description(said.stats)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .addOption(new Option('-f, --format <format>', said.formatOption).choices([...STATS_FORMATS]).default('text'))
    .option('--date <YYYY-MM-DD>', said.statsDateOption)
    .option('--locale <locale>', said.localeOption)
    .action(async (targets: string[], options) => {
      exitCode = await (await import('./commands/stats.js')).stats(targets, options, io);
    });

  program
    .command('spec')
    .description(wordsFor(asked).specs.command.description)
    .argument('<interface>', wordsFor(asked).specs.command.interfaceArgument)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .addOption(new Option('-f, --format <format>', wordsFor(asked).specs.command.formatOption).choices([...SPEC_COMMAND_FORMATS]))
    .option('-o, --output <file>', wordsFor(asked).specs.command.outputOption)
    .option('--locale <locale>', said.documentLocaleOption)
    .option('--date <YYYY-MM-DD>', said.buildDateOption)
    .action(async (name: string, targets: string[], options) => {
      exitCode = await (await import('./commands/spec.js')).spec(name, targets, options, io);
    });

  const archimate = wordsFor(asked).archimate.commands;
  program
    .command('export')
    .description(archimate.export)
    .command('archimate')
    .description(archimate.exportArchimate)
    .argument('[workspace...]', said.workspaceArgument, ['.'])
    .option('-o, --output <file>', archimate.exportOutput)
    .option('--locale <locale>', said.labelLocaleOption)
    .action(async (targets: string[], options) => {
      exitCode = await (await import('./commands/export.js')).exportArchimateCommand(targets, options, io);
    });

  program
    .command('import')
    .description(archimate.import)
    .command('archimate')
    .description(archimate.importArchimate)
    .argument('<file>', archimate.importFile)
    .option('-o, --output <dir>', archimate.importOutput)
    .option('--locale <locale>', said.wordLocaleOption)
    .action(async (file: string, options) => {
      exitCode = await (await import('./commands/import.js')).importArchimateCommand(file, options, io);
    });

  program
    .command('rules')
    .description(said.rules)
    .option('--locale <locale>', said.wordLocaleOption)
    .action(async (options) => {
      exitCode = (await import('./commands/rules.js')).listRules(options, io);
    });

  program
    .command('explain')
    .description(said.explain)
    .argument('<rule>', said.ruleArgument)
    .option('--locale <locale>', said.wordLocaleOption)
    .action(async (id: string, options) => {
      exitCode = (await import('./commands/rules.js')).explainRule(id, options, io);
    });

  // Editor support: the language server and its formatter.
  const editor = wordsFor(asked).editor.cli;
  program
    .command('lsp')
    .description(editor.lsp)
    .option('--stdio', editor.stdioOption)
    .action(async () => {
      // Started by hand from a terminal, it would wait without a word: say what it waits for.
      if (process.stdin.isTTY) io.stderr(`gea: ${editor.lspAtTerminal}\n`);
      exitCode = await (await import('./commands/lsp.js')).lsp();
    });

  program
    .command('fmt')
    .description(editor.fmt)
    .argument('[files...]', editor.fmtFiles, ['.'])
    .option('--check', editor.checkOption)
    .option('--locale <locale>', said.wordLocaleOption)
    .action(async (targets: string[], options) => {
      exitCode = await (await import('./commands/fmt.js')).fmt(targets, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return await reportError(error, io, asked);
  }
}

/**
 * Says an error in the locale asked for (`--locale`, GEA_LOCALE), else in the one it was made in
 * (a workspace's gea.yaml `locale`), and gives the exit code.
 */
async function reportError(error: unknown, io: Io, asked: string | undefined): Promise<number> {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`gea: ${printable(error.say(wordsFor(asked)))}\n`);
    return 2;
  }
  // Only a command that has loaded the compiler throws its errors.
  const { ConfigError, WorkspaceError } = await import('@gea-arch/compiler/check');
  if (error instanceof ConfigError) {
    const words = wordsFor(asked ?? error.locale);
    for (const problem of error.problems) {
      io.stderr(
        `${printable(shownPath(io, problem.file))}:${problem.line}:${problem.column}: ${words.cli.severity.error}: ${printable(problem.say(words))}\n`,
      );
    }
    return 2;
  }
  if (error instanceof WorkspaceError) {
    io.stderr(`gea: ${printable(error.say(wordsFor(asked ?? error.locale)))}\n`);
    return 2;
  }
  if (error instanceof OutputError) {
    io.stderr(`gea: ${printable(cannotWrite(error.path, error.code, wordsFor(asked), io, error.earlierRemoved))}\n`);
    return 2;
  }
  const nodeError = error as NodeJS.ErrnoException;
  if (nodeError?.code && nodeError.syscall) {
    io.stderr(`gea: ${printable(fileSystemProblem(nodeError, wordsFor(asked), io))}\n`);
    return 2;
  }
  io.stderr(`gea: ${wordsFor(asked).cli.usage.internalError({ detail: (error as Error)?.stack ?? String(error) })}\n`);
  return 2;
}

/** A failed read or write as the reader's words: what, where (from the current folder) and why. */
function fileSystemProblem(error: NodeJS.ErrnoException & { dest?: string }, words: Words, io: Io): string {
  const said = words.cli.workspace;
  const path = error.dest ?? error.path;
  if (path === undefined) return error.message;
  const shown = shownPath(io, path);
  const code = error.code!;
  if (READS.has(error.syscall!)) return said.cannotRead({ path: shown, reason: said.readReasons[code] ?? said.writeReasons[code] ?? code });
  return cannotWrite(path, code, words, io);
}

function cannotWrite(path: string, code: string, words: Words, io: Io, earlierRemoved = false): string {
  const said = words.cli.workspace;
  const parts = { path: shownPath(io, path), reason: said.writeReasons[code] ?? code };
  return earlierRemoved ? said.cannotWriteEarlierRemoved(parts) : said.cannotWrite(parts);
}

const READS = new Set(['open', 'read', 'scandir', 'opendir', 'stat', 'lstat', 'readlink']);
