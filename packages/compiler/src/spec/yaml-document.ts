// YAML for the OpenAPI and AsyncAPI documents, written so that readers of either YAML version read
// back every string as it was: quoted where YAML 1.1 (PyYAML, and the OpenAPI tools built on it)
// or YAML 1.2 would read another type, escaped where either refuses a character or reads a break.
import { Document, isScalar, visit, type ScalarTag, type Tags } from 'yaml';

/**
 * A YAML document of plain data: block style, no anchors or aliases, no folded lines, so the same
 * data gives the same bytes. Strings that would read as another type are double-quoted; strings
 * holding a character of `YAML_ESCAPED` are double-quoted on one line with escapes.
 */
export function yamlDocument(data: unknown): string {
  // Without the merge tag, whose writer prints `<<` bare whatever the scalar's style.
  const customTags = (tags: Tags) =>
    tags
      .filter((tag) => typeof tag !== 'object' || tag.tag !== MERGE_TAG)
      .map((tag) => (typeof tag === 'object' && tag.tag === STRING_TAG ? escapingStrings(tag as ScalarTag) : tag));
  const document = new Document(data, { version: '1.1', aliasDuplicateObjects: false, customTags });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && readsAsAnotherType(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0, minContentWidth: 0 });
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
const STRING_TAG = 'tag:yaml.org,2002:str';

/**
 * Plain scalars that are no strings, as the YAML 1.1 type repository (yaml.org/type: bool, int,
 * float, null, timestamp, merge, value; with PyYAML's `_` in fractions and blanks before a time
 * zone) and the YAML 1.2 core schema (§10.3.2) resolve them. The yaml library's 1.1 schema already
 * quotes most of these, but not 1.2's `0o7`, nor some timestamps PyYAML reads (`2026-1-1 1:00:00.`).
 */
const OTHER_TYPES = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL|)$/,
  /^[-+]?(?:0b[0-1_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9._]*(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^(?:<<|=)$/,
  // YAML 1.2 core: decimal, octal and hexadecimal integers, floats with an optional point.
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
];

function readsAsAnotherType(value: string): boolean {
  return OTHER_TYPES.some((pattern) => pattern.test(value));
}

/**
 * What no YAML scalar may hold raw, for one reader or the other: TAB (PyYAML refuses it in plain
 * scalars), every other C0 control but the line feed, DEL, the C1 controls (NEL is a line break in
 * both), LS and PS (line breaks in 1.1), the byte order mark, U+FFFE, U+FFFF and lone surrogates.
 * Everything outside the BMP is printable.
 */
// eslint-disable-next-line no-control-regex
const YAML_ESCAPED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/u;

/**
 * Spaces and line feeds alone, which the yaml library writes as a block scalar without an
 * indentation indicator, whose indentation YAML then takes from the longest line: `" \n"` would
 * read back as `"\n"`.
 */
const BLANK_LINES = /^[ \n]*\n[ \n]*$/;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The string tag, writing a string with a character of `YAML_ESCAPED`, or `BLANK_LINES`, in `escapedString`. */
function escapingStrings(tag: ScalarTag): ScalarTag {
  return {
    ...tag,
    stringify: (item, ...rest) =>
      typeof item.value === 'string' && (YAML_ESCAPED.test(item.value) || BLANK_LINES.test(item.value))
        ? escapedString(item.value)
        : tag.stringify!(item, ...rest),
  };
}

/** Double-quoted on one line: `\t`, `\n`, `\r`, `\xNN` up to U+00FF and `\uNNNN` above (escapes both versions read). */
function escapedString(value: string): string {
  let text = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    text += SHORT_ESCAPES[char] ?? (YAML_ESCAPED.test(char) ? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`) : char);
  }
  return `"${text}"`;
}

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}
