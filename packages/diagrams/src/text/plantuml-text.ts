// Model text inside a PlantUML quoted string: characters that PlantUML, its preprocessor or its
// Creole markup would read (quotes, tags, `%functions`, `**bold**`, `--strike--`, lists, links)
// become numeric character references (`&#34;`); line breaks become `\n`.
const ALWAYS_ENCODED = new Set(['"', '&', '<', '>', '\\', '%', '$', '~', '|', '#', '*', '[', ']', '{', '}', '^', "'", '@']);
/** Creole markup when doubled (`--`, `__`, `//`, `==`, `..`, `,,`): the first of each pair is encoded. */
const ENCODED_WHEN_DOUBLED = new Set(['-', '_', '/', '=', '.', ',']);

function characterReference(character: string): string {
  return `&#${character.codePointAt(0)};`;
}

/** One line of text, with no breaks in it. */
function plantUmlLine(line: string): string {
  const characters = [...line];
  return characters
    .map((character, index) => {
      if (ALWAYS_ENCODED.has(character)) return characterReference(character);
      if (ENCODED_WHEN_DOUBLED.has(character) && characters[index + 1] === character) return characterReference(character);
      if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(character)) return ' ';
      return character;
    })
    .join('');
}

/** Lines (each of which may hold line breaks of its own) as the inside of a PlantUML quoted string. */
export function plantUmlLabel(lines: readonly string[]): string {
  return lines.flatMap(splitLines).map(plantUmlLine).join('\\n');
}

/** Text on one line, for the inside of a stereotype `<<…>>`, where PlantUML draws `\n` as it is. */
export function plantUmlStereotype(text: string): string {
  return splitLines(text).map(plantUmlLine).join(' ');
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}
