// Commander's own text in the words of one locale: the headings and notes of `--help`, and its
// parse errors (unknown command or option, missing or extra arguments, a value not among the
// choices), which commander writes in English and this says again.
import type { Argument, HelpConfiguration, Option } from 'commander';
import type { Words } from '@gea-arch/core';

type CliWords = Words['cli'];

const TITLES: Readonly<Record<string, keyof CliWords['help']['titles']>> = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
  'Global Options:': 'globalOptions',
};

/** How `--help` reads: headings, and the default and choices after a description. */
export function helpInWords(words: CliWords): HelpConfiguration {
  const notes = (description: string, choices: readonly string[] | undefined, shownDefault: string | undefined): string => {
    const extra = [
      ...(choices ? [words.help.choices({ values: choices.map((choice) => JSON.stringify(choice)).join(', ') })] : []),
      ...(shownDefault !== undefined ? [words.help.defaultValue({ value: shownDefault })] : []),
    ];
    return extra.length === 0 ? description : `${description} (${extra.join(', ')})`.trim();
  };
  return {
    styleTitle: (title: string) => {
      const key = TITLES[title];
      return key ? words.help.titles[key] : title;
    },
    optionDescription: (option: Option) => {
      const shown =
        option.defaultValue !== undefined &&
        (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      return notes(
        option.description,
        option.argChoices,
        shown ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined,
      );
    },
    argumentDescription: (argument: Argument) => {
      const shown =
        argument.defaultValue !== undefined ? (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)) : undefined;
      return notes(argument.description, argument.argChoices, shown);
    },
  };
}

/** Commander's suggestion: `--format` or `one of --format, --output`. */
const SIMILAR = String.raw`(?:\n\(Did you mean (?:one of )?(.+)\?\))?`;

const ERRORS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray, words: CliWords) => string]> = [
  [new RegExp(`^error: unknown command '(.*)'${SIMILAR}$`), (m, w) => w.parsing.unknownCommand({ name: m[1]!, similar: m[2] })],
  [new RegExp(`^error: unknown option '(.*)'${SIMILAR}$`), (m, w) => w.parsing.unknownOption({ option: m[1]!, similar: m[2] })],
  [/^error: missing required argument '(.*)'$/, (m, w) => w.parsing.missingArgument({ name: m[1]! })],
  [/^error: option '(.*)' argument missing$/, (m, w) => w.parsing.missingOptionValue({ option: m[1]! })],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, w) => w.parsing.tooManyArguments({ command: m[1], expected: Number(m[2]), received: Number(m[3]) }),
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (m, w) => w.parsing.invalidChoice({ option: m[1]!, value: m[2]!, choices: m[3]! }),
  ],
];

/** One of commander's error messages (as it writes them, ending in a newline) in `words`; others as they are. */
export function commanderErrorInWords(text: string, words: CliWords): string {
  const message = text.replace(/\n$/, '');
  for (const [pattern, say] of ERRORS) {
    const match = pattern.exec(message);
    if (match) return `${say(match, words)}\n`;
  }
  return text;
}
