// The YAML of the OpenAPI and AsyncAPI documents reads back the same in YAML 1.2 and in YAML 1.1
// (PyYAML and the validators built on it): every string, whatever it holds, as keys and values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { yamlDocument } from '../../src/spec/yaml-document.js';

/** Characters a YAML 1.1 reader refuses or reads as a line break, or that YAML 1.2 does not count printable. */
// eslint-disable-next-line no-control-regex
const NOT_RAW = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** The YAML 1.2 core schema (§10.3.2) and the YAML 1.1 type repository: scalars that resolve to another type when plain. */
const TYPED = [
  /^(?:null|Null|NULL|~)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*Z|[-+][0-9]{1,2}(?::[0-9]{2})?)?$/,
];

const SPECIAL = [
  '\t',
  '\r',
  '\n',
  ' ',
  ':',
  '#',
  '-',
  '"',
  "'",
  '\\',
  '0',
  '7',
  '.',
  'e',
  'o',
  'x',
  '+',
  '_',
  '\u0000',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '😀',
  'ж',
];

/** Any string: special characters often, any UTF-16 code unit (lone surrogates too) or code point otherwise. */
const anyString = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SPECIAL),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

const typedString = fc.oneof(...TYPED.map((pattern) => fc.stringMatching(pattern)));

function readsBack(value: string): void {
  const data = { [value]: value, list: [value], nested: [{ inner: [value] }] };
  const text = yamlDocument(data);
  expect(NOT_RAW.test(text), visible(text)).toBe(false);
  expect(parseYaml(text, { version: '1.2' }), visible(text)).toEqual(data);
  expect(parseYaml(text, { version: '1.1' }), visible(text)).toEqual(data);
}

/** Text with everything but printable ASCII as `\uNNNN`, so that a failure shows what the YAML holds. */
function visible(text: string): string {
  return text.replace(/[^\x20-\x7E\n]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('yamlDocument', () => {
  it('quotes what YAML 1.2 or 1.1 reads as a number, boolean, null or time, and escapes tabs, controls, NEL, LS, PS, BOM, U+FFFE/F and lone surrogates', () => {
    for (const value of [
      '0o7',
      '0x1F',
      '+1',
      '.5',
      '1e3',
      '-.inf',
      '.NaN',
      'No',
      '12:30',
      '2026-1-1 1:00:00.',
      'a\tb',
      'x\u2028y',
      '\u009F',
    ])
      readsBack(value);
    expect(yamlDocument({ f: '0o7', g: 'a\tb', h: 'x\u2028y', k: '\u009F\u0085\uFEFF\uFFFE\uD800' })).toBe(
      'f: "0o7"\ng: "a\\tb"\nh: "x\\u2028y"\nk: "\\x9F\\x85\\uFEFF\\uFFFE\\uD800"\n',
    );
  });

  it('writes every string so that YAML 1.2 and 1.1 read it back as it was', () => {
    fc.assert(fc.property(fc.oneof(anyString, typedString), readsBack), { numRuns: 400, seed: 20260511 });
  });
});
