// Turns token text into values: strings lose their quotes and escapes
// (`\"`, `\\`, `\n`, `\t`, `\r`, `\u{…}`). A string left open (reported by the lexer) keeps what it holds.
// A name is read in its composed form (NFC), however the file wrote its letters.
import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

type Convert = (input: string) => ValueType;

export class GeaValueConverter extends DefaultValueConverter {
  /**
   * Each rule's conversion, told once: Langium's tells it again for every value (a national
   * model's half a million names and strings), upper-casing the rule's name and working out its
   * type from the grammar each time.
   */
  private readonly conversions = new WeakMap<GrammarAST.AbstractRule, Convert>();

  protected override runConverter(rule: GrammarAST.AbstractRule, input: string, _cstNode: CstNode): ValueType {
    let convert = this.conversions.get(rule);
    if (!convert) this.conversions.set(rule, (convert = conversionOf(rule)));
    return convert(input);
  }
}

/** As Langium's `DefaultValueConverter.runConverter` chooses, but for our strings. */
function conversionOf(rule: GrammarAST.AbstractRule): Convert {
  switch (rule.name.toUpperCase()) {
    case 'STRING':
      return (input) => unescapeString(stringBody(input));
    case 'INT':
      return ValueConverter.convertInt;
    case 'ID':
      return identifierValue;
  }
  switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
    case 'number':
      return ValueConverter.convertNumber;
    case 'boolean':
      return ValueConverter.convertBoolean;
    case 'bigint':
      return ValueConverter.convertBigint;
    case 'date':
      return ValueConverter.convertDate;
    default:
      return (input) => input;
  }
}

/**
 * A name as its Unicode NFC form: `й` saved as `и` and U+0306 (as some macOS tools save it) is the
 * name written with `й`, so the two spellings are one name wherever they are compared (decision
 * 0069). Latin-1 and Cyrillic letters are composed already: only a name with another character is
 * normalised, so the names of most models cost a look at each character and nothing more.
 */
export function identifierValue(image: string): string {
  for (let index = 0; index < image.length; index++) {
    const code = image.charCodeAt(index);
    if (code >= 0x300 && (code < 0x400 || code >= 0x530)) return image.normalize('NFC');
  }
  return image;
}

const CLOSED_STRING = /^"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"$/;

/** The text between the quotes; all after the opening quote when the string is not closed. */
function stringBody(image: string): string {
  return CLOSED_STRING.test(image) ? image.slice(1, -1) : image.slice(1);
}

/**
 * Whether `\u{…}` of this code point is a character a string holds: a Unicode scalar value (up to
 * 10FFFF, no half of a UTF-16 pair, which every output would write as U+FFFD) other than NUL.
 * The lexer reports any other where it is written; the text keeps the escape as written.
 */
export function isStringCharacter(codePoint: number): boolean {
  return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

export function unescapeString(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\(.)/g, (whole, hex: string | undefined, char: string | undefined) => {
    if (hex !== undefined) {
      const codePoint = Number.parseInt(hex, 16);
      return isStringCharacter(codePoint) ? String.fromCodePoint(codePoint) : whole;
    }
    return SIMPLE_ESCAPES[char!] ?? char!;
  });
}
