// WSDL 1.1 for a `soap` interface, document/literal: the XSD of its messages embedded in
// `types`, a request and a response message per operation and a shared fault, a port type, a
// SOAP 1.1 binding over HTTP, and a service whose port address comes from the platform.
import { addressOf } from './address.js';
import type { SpecContext } from './context.js';
import type { Exchange } from './exchange.js';
import { nameIn, otherNames } from './locales.js';
import { encodeUriPart, xmlName } from './names.js';
import { element, xmlDocument, type XmlElement } from './xml.js';
import { FAULT_ELEMENT, GEA_NAMESPACE, messageSchema, metaElements, requestElement, responseElement } from './xsd.js';

const WSDL_NAMESPACE = 'http://schemas.xmlsoap.org/wsdl/';
const SOAP_NAMESPACE = 'http://schemas.xmlsoap.org/wsdl/soap/';
const HTTP_TRANSPORT = 'http://schemas.xmlsoap.org/soap/http';

/** The namespace of an interface's messages: one per major version, so that minor versions keep their clients. */
export function targetNamespaceOf(exchange: Exchange): string {
  const major = /^(\d+)/.exec(exchange.api.version ?? '')?.[1] ?? '0';
  return `urn:gea:${encodeUriPart(exchange.api.id)}:v${major}`;
}

export function wsdlDocument(exchange: Exchange, context: SpecContext): string {
  const { api } = exchange;
  const { model, locale } = context;
  const tns = targetNamespaceOf(exchange);
  const base = xmlName(api.localName);
  const portType = `${base}PortType`;
  const binding = `${base}Binding`;
  const messages: XmlElement[] = [
    ...exchange.operations.flatMap((entry) => [
      message(`${entry.name}Request`, requestElement(entry.name)),
      message(`${entry.name}Response`, responseElement(entry.name)),
    ]),
    message(FAULT_ELEMENT, FAULT_ELEMENT),
  ];
  const operationIo = (name: string) => [
    element('wsdl:input', { message: `tns:${xmlName(`${name}Request`)}` }),
    element('wsdl:output', { message: `tns:${xmlName(`${name}Response`)}` }),
    element('wsdl:fault', { name: FAULT_ELEMENT, message: `tns:${FAULT_ELEMENT}` }),
  ];
  const names = [
    nameIn(api, locale, model),
    ...otherNames(api, locale, context.locales, model).map(([other, name]) => `${other}: ${name}`),
  ];
  const documentation = element('wsdl:documentation', {}, [names.join(' · '), ...metaElements(api.meta)]);
  const address = addressOf(exchange);
  return xmlDocument(
    element(
      'wsdl:definitions',
      {
        name: base,
        targetNamespace: tns,
        'xmlns:tns': tns,
        'xmlns:wsdl': WSDL_NAMESPACE,
        'xmlns:soap': SOAP_NAMESPACE,
        'xmlns:xs': 'http://www.w3.org/2001/XMLSchema',
        ...(Object.keys(api.meta).length > 0 ? { 'xmlns:gea': GEA_NAMESPACE } : {}),
      },
      [
        documentation,
        element('wsdl:types', {}, [messageSchema(exchange, tns, context)]),
        ...messages,
        element(
          'wsdl:portType',
          { name: portType },
          exchange.operations.map((entry) => element('wsdl:operation', { name: xmlName(entry.name) }, operationIo(entry.name))),
        ),
        element('wsdl:binding', { name: binding, type: `tns:${portType}` }, [
          element('soap:binding', { style: 'document', transport: HTTP_TRANSPORT }),
          ...exchange.operations.map((entry) =>
            element('wsdl:operation', { name: xmlName(entry.name) }, [
              element('soap:operation', { soapAction: `${tns}:${xmlName(entry.name)}`, style: 'document' }),
              element('wsdl:input', {}, [element('soap:body', { use: 'literal' })]),
              element('wsdl:output', {}, [element('soap:body', { use: 'literal' })]),
              element('wsdl:fault', { name: FAULT_ELEMENT }, [element('soap:fault', { name: FAULT_ELEMENT, use: 'literal' })]),
            ]),
          ),
        ]),
        element('wsdl:service', { name: `${base}Service` }, [
          element('wsdl:port', { name: `${base}Port`, binding: `tns:${binding}` }, [element('soap:address', { location: address.uri })]),
        ]),
      ],
    ),
  );
}

function message(name: string, elementName: string): XmlElement {
  return element('wsdl:message', { name: xmlName(name) }, [element('wsdl:part', { name: 'parameters', element: `tns:${elementName}` })]);
}
