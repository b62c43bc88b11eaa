// The locale asked for before anything else is read (`--locale`, else GEA_LOCALE): what help and
// command-line errors are said in. Kept apart from options.ts so that printing help loads nothing more.
type Env = Readonly<Record<string, string | undefined>>;

/** The locale the reader asked for: `--locale`, else GEA_LOCALE; undefined when neither is given. */
export function askedLocale(option: string | undefined, env: Env): string | undefined {
  return option ?? (env.GEA_LOCALE || undefined);
}

/**
 * `--locale` as written on a command line (`--locale en`, `--locale=en`), read before the command
 * line is parsed so that help and parse errors are in that language too.
 */
export function localeOnCommandLine(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === '--locale' && index + 1 < argv.length) found = argv[++index];
    else if (arg.startsWith('--locale=')) found = arg.slice('--locale='.length);
  }
  return found;
}
