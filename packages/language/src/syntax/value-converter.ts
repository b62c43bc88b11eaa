// Turns token text into values: strings lose their quotes and escapes
// (`\"`, `\\`, `\n`, `\t`, `\u{…}`). A string left open (reported by the lexer) keeps what it holds.
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class GeaValueConverter extends DefaultValueConverter {
  protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
    if (rule.name === 'STRING') return unescapeString(stringBody(input));
    return super.runConverter(rule, input, cstNode);
  }
}

const CLOSED_STRING = /^"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"$/;

/** The text between the quotes; all after the opening quote when the string is not closed. */
function stringBody(image: string): string {
  return CLOSED_STRING.test(image) ? image.slice(1, -1) : image.slice(1);
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

export function unescapeString(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\(.)/g, (whole, hex: string | undefined, char: string | undefined) => {
    if (hex !== undefined) {
      const codePoint = Number.parseInt(hex, 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return SIMPLE_ESCAPES[char!] ?? char!;
  });
}
