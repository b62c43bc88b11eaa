// XML Schema for the messages of a SOAP interface (document/literal, wrapped): one element per
// operation input and output whose sequence holds the fields it carries, one complex type per
// data asset that a field refers to, and a fault element. Field labels are documentation in the
// default locale; key, personal and sensitive are attributes in gea's own namespace.
import type { Data, Field } from '@gea-arch/core';
import type { SpecContext } from './context.js';
import { isRequired } from './json-schema.js';
import { privacyOf, type Exchange, type Message } from './exchange.js';
import { xmlName } from './names.js';
import { element, type XmlElement } from './xml.js';

export const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';
export const GEA_NAMESPACE = 'urn:gea:term';

const XSD_TYPES: Readonly<Record<NonNullable<Field['type']['primitive']>, string>> = {
  string: 'xs:string',
  integer: 'xs:integer',
  decimal: 'xs:decimal',
  boolean: 'xs:boolean',
  date: 'xs:date',
  datetime: 'xs:dateTime',
  binary: 'xs:base64Binary',
};

/** The element names of an operation's messages and of the fault. */
export const requestElement = (operation: string): string => xmlName(`${operation}Request`);
export const responseElement = (operation: string): string => xmlName(`${operation}Response`);
export const FAULT_ELEMENT = 'ServiceFault';

/** `xs:schema` for the exchange, declaring every namespace it uses so that it stands alone when taken out of the WSDL. */
export function messageSchema(exchange: Exchange, targetNamespace: string, context: SpecContext): XmlElement {
  const operations = exchange.operations.flatMap((entry) => [
    messageElement(requestElement(entry.name), entry.input, context),
    messageElement(responseElement(entry.name), entry.output, context),
  ]);
  const types = exchange.data.filter((data) => isReferenced(data, exchange)).map((data) => dataType(data, context));
  return element(
    'xs:schema',
    {
      'xmlns:xs': XSD_NAMESPACE,
      'xmlns:tns': targetNamespace,
      'xmlns:gea': GEA_NAMESPACE,
      targetNamespace,
      elementFormDefault: 'qualified',
    },
    [...operations, faultElement(), ...types],
  );
}

/** Whether a field's type refers to the data asset, so that it needs a named complex type. */
function isReferenced(data: Data, exchange: Exchange): boolean {
  const refersTo = (field: Field) => field.type.data?.target === data;
  return exchange.data.some((other) => other.fields.some(refersTo)) || exchange.messages.some((message) => message.fields.some(refersTo));
}

function messageElement(name: string, message: Message | undefined, context: SpecContext): XmlElement {
  const documentation = message?.data ? annotation(message.data.names, context, message.data.meta) : [];
  return element('xs:element', { name }, [...documentation, element('xs:complexType', {}, [sequence(message?.fields ?? [], context)])]);
}

function dataType(data: Data, context: SpecContext): XmlElement {
  return element('xs:complexType', { name: xmlName(data.id) }, [
    ...annotation(data.names, context, data.meta),
    sequence(data.fields, context),
  ]);
}

function sequence(fields: readonly Field[], context: SpecContext): XmlElement {
  return element(
    'xs:sequence',
    {},
    fields.map((field) => fieldElement(field, context)),
  );
}

function fieldElement(field: Field, context: SpecContext): XmlElement {
  const { personal, sensitive } = privacyOf(field);
  const referenced = field.type.data?.target;
  const type = referenced ? `tns:${xmlName(referenced.id)}` : XSD_TYPES[field.type.primitive ?? 'string'];
  return element(
    'xs:element',
    {
      name: xmlName(field.name),
      type,
      minOccurs: field.type.list || !isRequired(field) ? '0' : undefined,
      maxOccurs: field.type.list ? 'unbounded' : undefined,
      'gea:key': field.key ? 'true' : undefined,
      'gea:personal': String(personal),
      'gea:sensitive': String(sensitive),
    },
    field.label !== undefined ? annotation({ [context.model.defaultLocale]: field.label }, context) : [],
  );
}

/** Names or labels by locale, as documentation in each, and `meta` as application information; nothing when there are none. */
function annotation(
  texts: Readonly<Record<string, string>>,
  context: SpecContext,
  meta: Readonly<Record<string, string>> = {},
): XmlElement[] {
  const locales = context.locales.filter((locale) => texts[locale] !== undefined);
  const entries = metaElements(meta);
  if (locales.length === 0 && entries.length === 0) return [];
  return [
    element('xs:annotation', {}, [
      ...locales.map((locale) => element('xs:documentation', { 'xml:lang': locale }, [texts[locale]!])),
      ...(entries.length > 0 ? [element('xs:appinfo', {}, entries)] : []),
    ]),
  ];
}

/** `meta { key "value" }` as `<gea:meta key="key">value</gea:meta>`, in the order written. */
export function metaElements(meta: Readonly<Record<string, string>>): XmlElement[] {
  return Object.entries(meta).map(([key, value]) => element('gea:meta', { key }, [value]));
}

function faultElement(): XmlElement {
  const text = (name: string, minOccurs?: string) => element('xs:element', { name, type: 'xs:string', minOccurs });
  return element('xs:element', { name: FAULT_ELEMENT }, [
    element('xs:complexType', {}, [element('xs:sequence', {}, [text('code'), text('message'), text('detail', '0')])]),
  ]);
}
