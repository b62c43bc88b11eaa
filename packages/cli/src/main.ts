// The `gea` command: argument parsing, dispatch and exit codes (0 ok, 1 findings, 2 usage or I/O).
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, WorkspaceError } from '@gea-arch/compiler';
import { build, BUILD_SECTIONS } from './commands/build.js';
import { check, CHECK_FORMATS } from './commands/check.js';
import { diagram, DIAGRAM_FORMATS } from './commands/diagram.js';
import { init } from './commands/init.js';
import { explainRule, listRules } from './commands/rules.js';
import { processIo, type Io } from './terminal.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('gea')
    .description('gea — government enterprise architecture as code')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run `gea --help` for usage)');

  program
    .command('init')
    .description('write a small, valid starter workspace (gea.yaml and a model) into a folder')
    .argument('[dir]', 'the folder to write into (created if needed)', '.')
    .action(async (dir: string) => {
      exitCode = await init(dir, io);
    });

  program
    .command('check')
    .description('parse, link and run the integration rules; exit 1 on errors')
    .argument('[workspace...]', 'a folder, a gea.yaml, or .gea files', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...CHECK_FORMATS]).default('text'))
    .option('-p, --plateau <id>', 'evaluate at this plateau only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-o, --output <file>', 'write the findings to a file instead of standard output')
    .option('--date <YYYY-MM-DD>', 'evaluation date for certificate checks (default: gea.yaml evaluation-date, else today)')
    .option('--locale <locale>', 'language of messages: mn or en (default: GEA_LOCALE, else gea.yaml `locale`, else mn)')
    .action(async (targets: string[], options) => {
      exitCode = await check(targets, options, io);
    });

  program
    .command('build')
    .description(`write ${BUILD_SECTIONS.join(', ')} into the out folder; exit 1 when the model has errors`)
    .argument('[workspace...]', 'a folder, a gea.yaml, or .gea files', ['.'])
    .option('--out <dir>', 'the out folder (default: gea.yaml `out`, relative to the workspace)')
    .option('--only <sections>', `build only these, comma-separated: ${BUILD_SECTIONS.join(', ')}`)
    .option('--png', 'also render every diagram as PNG')
    .option('--no-cache', 'lay out every view again, ignoring cached layouts')
    .option('--locale <locale>', 'locale of diagram labels (default: gea.yaml `locale`)')
    .option('--date <YYYY-MM-DD>', 'evaluation date for certificate checks')
    .action(async (targets: string[], options) => {
      exitCode = await build(targets, options, io);
    });

  program
    .command('diagram')
    .description('render one view (`gea build` writes them all)')
    .argument('<view>', 'the view id: a declared view, or landscape-PLATEAU, context-AGENCY, dataflow-DATA, signatures, gap-A-B')
    .argument('[workspace...]', 'a folder, a gea.yaml, or .gea files', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...DIAGRAM_FORMATS]).default('svg'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--locale <locale>', 'locale of labels (default: gea.yaml `locale`)')
    .action(async (view: string, targets: string[], options) => {
      exitCode = await diagram(view, targets, options, io);
    });

  program
    .command('rules')
    .description('list every rule with its default severity and what it checks')
    .action(() => {
      exitCode = listRules(io);
    });

  program
    .command('explain')
    .description('explain a rule: why it exists, with a bad and a good example')
    .argument('<rule>', 'a rule id, e.g. single-master')
    .action((id: string) => {
      exitCode = explainRule(id, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  if (error instanceof ConfigError) {
    for (const problem of error.problems) io.stderr(`${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}\n`);
    return 2;
  }
  if (error instanceof WorkspaceError || error instanceof UsageError) {
    io.stderr(`gea: ${error.message}\n`);
    return 2;
  }
  const nodeError = error as NodeJS.ErrnoException;
  if (nodeError?.code && nodeError.syscall) {
    io.stderr(`gea: ${nodeError.message}\n`);
    return 2;
  }
  io.stderr(`gea: internal error: ${(error as Error)?.stack ?? String(error)}\nThis is a bug in gea; please report it with the input that caused it.\n`);
  return 2;
}
