// The interoperability agreement drafts, in Markdown, in the four layers of the European
// Interoperability Framework: legal (legal bases, purpose, consent, personal data),
// organisational (parties, consumers, service level, support, change management), semantic (the
// fields of every message with their labels in every locale, types, flags and source register)
// and technical (style, platform, address, authentication, signature and the trust services with
// their certificates' expiry). README.md is the interface's; agreements/ holds one per consumer.
import {
  daysBetween,
  heldPrivacy,
  type Consumes,
  type Data,
  type Element,
  type Field,
  type LegalBasis,
  type Ref,
  type Sla,
  type System,
  type Trust,
} from '@gea-arch/core';
import { addressOf } from './address.js';
import type { SpecContext } from './context.js';
import { consumptionPlateaus, privacyOf, type Exchange, type Message } from './exchange.js';
import { otherNamesText } from './info.js';
import { descriptionIn, nameIn } from './locales.js';
import { restRoutes, routeText } from './rest-routes.js';
import { specFolderOf } from './spec-folders.js';
import { mdCode, mdParagraph, mdTable, mdText } from './text-formats.js';

/** A spec file of the bundle, as the agreements link to it. */
export interface SpecFile {
  /** Its name in the interface's folder: `openapi.yaml`. */
  readonly file: string;
  /** The standard it follows: `OpenAPI 3.1`. */
  readonly standard: string;
}

/** README.md of an interface: the agreement draft between its provider and all its consumers. */
export function interfaceAgreement(exchange: Exchange, files: readonly SpecFile[], context: SpecContext): string {
  const words = context.words.specs;
  const name = mdText(nameIn(exchange.api, context.locale, context.model));
  return document([
    `# ${words.interfaceTitle({ name })}`,
    ...header(exchange, context),
    summaryTable(exchange, context, files, ''),
    ...legalLayer(exchange, undefined, context),
    ...organisationalLayer(exchange, undefined, context),
    ...semanticLayer(exchange, context),
    ...technicalLayer(exchange, files, '', context),
  ]);
}

/** agreements/<consumer>--<interface>.md: the same draft for one consumption. */
export function consumerAgreement(exchange: Exchange, consumes: Consumes, files: readonly SpecFile[], context: SpecContext): string {
  const { model, locale } = context;
  const words = context.words.specs;
  const folder = `../${specFolderOf(exchange.api.id)}/`;
  return document([
    `# ${words.consumerTitle({ consumer: mdText(nameIn(consumes.system, locale, model)), api: mdText(nameIn(exchange.api, locale, model)) })}`,
    ...header(exchange, context),
    summaryTable(exchange, context, files, folder, consumes),
    ...legalLayer(exchange, consumes, context),
    ...organisationalLayer(exchange, consumes, context),
    ...semanticLayer(exchange, context),
    ...technicalLayer(exchange, files, folder, context),
  ]);
}

function document(blocks: readonly string[]): string {
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/** "Name (`id`)": an element as the drafts name it. */
function named(element: Element, context: SpecContext): string {
  return `${mdText(nameIn(element, context.locale, context.model))} (${mdCode(element.id)})`;
}

/** A reference by its target's name, or as written when it did not resolve. */
function namedRef(ref: Ref<Element> | undefined, context: SpecContext): string {
  if (!ref) return context.words.specs.notStated;
  return ref.target ? named(ref.target, context) : mdCode(ref.text);
}

function header(exchange: Exchange, context: SpecContext): string[] {
  const { api } = exchange;
  const { model, locale } = context;
  const words = context.words.specs;
  const others = otherNamesText(api, context);
  const description = descriptionIn(api, locale, model);
  return [
    ...(others !== undefined ? [others] : []),
    `> ${words.drafted}`,
    ...(api.deprecated ? [`> ${words.summary.deprecated}`] : []),
    ...(description !== undefined ? [mdParagraph(description)] : []),
  ];
}

function summaryTable(exchange: Exchange, context: SpecContext, files: readonly SpecFile[], folder: string, consumes?: Consumes): string {
  const { api } = exchange;
  const words = context.words.specs;
  const status = exchange.status.map(({ plateau, state }) => `${mdCode(plateau.id)}: ${words.states[state]}`).join(' · ');
  const rows: string[][] = [
    [words.summary.interface, named(api, context)],
    [words.summary.version, api.version !== undefined ? mdText(api.version) : words.notStated],
    [words.summary.style, api.style ? words.styles[api.style] : words.notStated],
    [words.summary.provider, providerText(exchange, context)],
    ...(consumes
      ? [
          [words.summary.consumer, systemWithAgency(consumes.system, context)],
          [words.summary.agreement, consumes.agreement !== undefined ? mdText(consumes.agreement) : words.organisational.agreementMissing],
          [
            words.summary.plateaus,
            plateauList(
              consumptionPlateaus(consumes, api, context.model.plateaus).map((plateau) => plateau.id),
              context,
            ),
          ],
        ]
      : []),
    [words.summary.platform, exchange.platform ? named(exchange.platform, context) : words.none],
    [words.summary.classification, words.classifications[api.classification]],
    [words.summary.status, status],
    [words.summary.specifications, files.map((spec) => `[${spec.file}](${folder}${spec.file})`).join(' · ')],
  ];
  return mdTable(['', ''], rows);
}

function providerText(exchange: Exchange, context: SpecContext): string {
  if (!exchange.provider) return namedRef(exchange.api.provider, context);
  return systemWithAgency(exchange.provider, context);
}

function systemWithAgency(system: System, context: SpecContext): string {
  const agency = system.owner?.target;
  return agency ? `${named(system, context)}, ${named(agency, context)}` : named(system, context);
}

function plateauList(ids: readonly string[], context: SpecContext): string {
  return ids.length === 0 ? context.words.specs.none : ids.map(mdCode).join(', ');
}

// ── Legal ─────────────────────────────────────────────────────────────────────────────────

function citations(bases: readonly LegalBasis[], context: SpecContext): string {
  return bases
    .map((basis) => {
      const law = namedRef(basis.law, context);
      return basis.article !== undefined ? `${law}, ${context.words.specs.legal.article({ article: mdText(basis.article) })}` : law;
    })
    .join('; ');
}

function legalLayer(exchange: Exchange, consumes: Consumes | undefined, context: SpecContext): string[] {
  const words = context.words.specs.legal;
  const { api } = exchange;
  const bases: string[] = [];
  if (consumes && consumes.legalBasis.length > 0)
    bases.push(`- ${words.ofConsumer({ consumer: named(consumes.system, context) })}: ${citations(consumes.legalBasis, context)}`);
  if (api.legalBasis.length > 0) bases.push(`- ${words.ofInterface}: ${citations(api.legalBasis, context)}`);
  for (const data of exchange.data.filter((candidate) => candidate.legalBasis.length > 0))
    bases.push(`- ${words.ofData({ data: named(data, context) })}: ${citations(data.legalBasis, context)}`);
  const consumers = consumes ? [consumes] : exchange.consumptions;
  const purposes = consumers.map(
    (consumption) =>
      `- ${named(consumption.system, context)}: ${consumption.purpose !== undefined ? mdText(consumption.purpose) : context.words.specs.notStated}`,
  );
  return [
    `## ${words.heading}`,
    `### ${words.legalBases}`,
    bases.length > 0 ? bases.join('\n') : context.words.specs.notStated,
    `### ${words.purpose}`,
    purposes.length > 0 ? purposes.join('\n') : words.noConsumers,
    `### ${words.consent}`,
    consentText(consumes && consumes.consent.length > 0 ? consumes.consent : api.consent, context),
    `### ${words.personalData}`,
    personalDataText(exchange, context),
  ];
}

function consentText(methods: readonly string[] | undefined, context: SpecContext): string {
  const words = context.words.specs;
  if (methods === undefined || methods.length === 0) return words.legal.consentNotStated;
  const asked = methods.filter((method) => method !== 'none');
  if (asked.length === 0) return words.legal.consentNone;
  return words.legal.consentAsked({ methods: asked.map((method) => words.consent[method as keyof typeof words.consent]).join(', ') });
}

function personalDataText(exchange: Exchange, context: SpecContext): string {
  const fields = new Map<string, Field>();
  for (const message of exchange.messages) for (const field of message.fields) fields.set(`${field.data.id}.${field.name}`, field);
  const flags = [...fields.values()].map(privacyOf);
  const words = context.words.specs;
  return [
    words.legal.personalCount({
      personal: flags.filter((flag) => flag.personal).length,
      sensitive: flags.filter((flag) => flag.sensitive).length,
      fields: fields.size,
    }),
    `${words.summary.classification}: ${words.classifications[exchange.api.classification]}.`,
  ].join(' ');
}

// ── Organisational ────────────────────────────────────────────────────────────────────────

function organisationalLayer(exchange: Exchange, consumes: Consumes | undefined, context: SpecContext): string[] {
  const words = context.words.specs.organisational;
  const specs = context.words.specs;
  const { api, platform } = exchange;
  const contact = (element: Element | undefined) =>
    element?.kind === 'agency' && element.contact !== undefined ? mdText(element.contact) : '';
  const party = (role: string, element: Element | undefined, ref: Ref<Element> | undefined, agency: Element | undefined) => [
    role,
    element ? named(element, context) : namedRef(ref, context),
    agency ? named(agency, context) : specs.notStated,
    contact(agency),
  ];
  const consumers = consumes ? [consumes] : exchange.consumptions;
  const parties = [
    party(words.providerRole, exchange.provider, api.provider, exchange.agency),
    ...(platform ? [party(words.platformRole, platform, api.via, platform.operator?.target)] : []),
    ...consumers.map((consumption) => party(words.consumerRole, consumption.system, undefined, consumption.system.owner?.target)),
  ];
  const consumerRows = exchange.consumptions.map((consumption) => [
    named(consumption.system, context),
    consumption.purpose !== undefined ? mdText(consumption.purpose) : specs.notStated,
    consumption.legalBasis.length > 0 ? citations(consumption.legalBasis, context) : specs.notStated,
    consumption.agreement !== undefined ? mdText(consumption.agreement) : words.agreementMissing,
    consumption.consent.length > 0 ? consumption.consent.map((method) => specs.consent[method]).join(', ') : specs.notStated,
    plateauList(
      consumptionPlateaus(consumption, api, context.model.plateaus).map((plateau) => plateau.id),
      context,
    ),
  ]);
  const slaRows = [
    ...(api.sla ? [slaRow(words.ofInterface, api.sla)] : []),
    ...(platform?.sla ? [slaRow(words.ofPlatform({ platform: named(platform, context) }), platform.sla)] : []),
  ];
  const lifecycle = [
    ...(api.lifecycle.from ? [words.from({ plateau: mdCode(api.lifecycle.from.text) })] : []),
    ...(api.lifecycle.until ? [words.until({ plateau: mdCode(api.lifecycle.until.text) })] : []),
  ];
  return [
    `## ${words.heading}`,
    `### ${words.parties}`,
    mdTable([words.role, words.system, words.agency, words.contact], parties),
    ...(consumes
      ? []
      : [
          `### ${words.consumers}`,
          consumerRows.length > 0
            ? mdTable([words.system, words.purpose, words.legalBasis, words.agreement, words.consent, words.plateaus], consumerRows)
            : specs.legal.noConsumers,
        ]),
    `### ${words.serviceLevel}`,
    slaRows.length > 0 ? mdTable(['', words.availability, words.latency, words.throughput, words.support], slaRows) : words.noSla,
    `### ${words.supportHeading}`,
    exchange.agency ? words.supportBy({ agency: named(exchange.agency, context) }) : specs.notStated,
    `### ${words.changeManagement}`,
    [words.changeRules({ version: api.version !== undefined ? mdText(api.version) : specs.notStated }), ...lifecycle].join(' '),
  ];
}

function slaRow(of: string, sla: Sla): string[] {
  return [
    of,
    sla.availability !== undefined ? `${sla.availability}%` : '',
    sla.latencyMs !== undefined ? `${sla.latencyMs} ms` : '',
    sla.throughput !== undefined ? mdText(sla.throughput) : '',
    sla.support !== undefined ? mdText(sla.support) : '',
  ];
}

// ── Semantic ──────────────────────────────────────────────────────────────────────────────

function semanticLayer(exchange: Exchange, context: SpecContext): string[] {
  const words = context.words.specs.semantic;
  const blocks: string[] = [`## ${words.heading}`];
  for (const operation of exchange.operations) {
    blocks.push(`### ${words.operation({ name: mdCode(operation.name) })}`);
    if (operation.input) blocks.push(...messageBlock(words.input, operation.input, context));
    if (operation.output) blocks.push(...messageBlock(words.output, operation.output, context));
  }
  for (const event of exchange.events) {
    blocks.push(`### ${words.event({ name: mdCode(event.name) })}`);
    for (const payload of event.payloads) blocks.push(...messageBlock(words.payload, payload, context));
  }
  const carried = new Set(exchange.messages.flatMap((message) => (message.data ? [message.data] : [])));
  const referenced = exchange.data.filter((data) => !carried.has(data));
  blocks.push(`### ${words.dataAssets}`, dataTable(exchange.data, context));
  if (referenced.length > 0) {
    blocks.push(`### ${words.referenced}`);
    for (const data of referenced) blocks.push(`#### ${named(data, context)}`, fieldTable(data.fields, context));
  }
  const metaRows = [exchange.api, ...exchange.data].flatMap((element) =>
    Object.entries(element.meta).map(([key, value]) => [named(element, context), mdCode(key), mdText(value)]),
  );
  if (metaRows.length > 0) blocks.push(`### ${words.meta}`, mdTable([words.metaOf, words.metaKey, words.metaValue], metaRows));
  return blocks;
}

function messageBlock(role: string, message: Message, context: SpecContext): string[] {
  const words = context.words.specs.semantic;
  const data = message.data ? named(message.data, context) : mdCode(message.payload.data.text);
  return [`**${role}** — ${words.carries({ data })}`, message.fields.length > 0 ? fieldTable(message.fields, context) : words.noFields];
}

function fieldTable(fields: readonly Field[], context: SpecContext): string {
  const specs = context.words.specs;
  const words = specs.semantic;
  const locales = context.locales;
  const flag = (value: boolean) => (value ? specs.yes : specs.no);
  const rows = fields.map((field) => {
    const { personal, sensitive } = privacyOf(field);
    return [
      mdCode(field.name),
      ...locales.map((locale) => (locale === context.model.defaultLocale && field.label !== undefined ? mdText(field.label) : '—')),
      typeText(field, context),
      flag(field.key),
      flag(personal),
      flag(sensitive),
      flag(field.optional),
      mdCode(field.data.id),
    ];
  });
  return mdTable(
    [
      words.field,
      ...locales.map((locale) => words.label({ locale })),
      words.type,
      words.key,
      words.personal,
      words.sensitive,
      words.optional,
      words.source,
    ],
    rows,
  );
}

function typeText(field: Field, context: SpecContext): string {
  const words = context.words.specs;
  const data = field.type.data;
  const type = data ? namedRef(data, context) : words.types[field.type.primitive ?? 'string'];
  return field.type.list ? words.semantic.listOf({ type }) : type;
}

function dataTable(assets: readonly Data[], context: SpecContext): string {
  const specs = context.words.specs;
  const words = specs.semantic;
  const rows = assets.map((data) => [
    named(data, context),
    namedRef(data.owner, context),
    data.masteredBy.length > 0 ? data.masteredBy.map((masters) => named(masters.system, context)).join(', ') : specs.notStated,
    data.baseRegistry ? specs.yes : specs.no,
    specs.classifications[data.classification],
    specs.privacy[heldPrivacy(data)],
  ]);
  return mdTable([words.dataAsset, words.owner, words.master, words.baseRegistry, specs.summary.classification, words.privacy], rows);
}

// ── Technical ─────────────────────────────────────────────────────────────────────────────

function technicalLayer(exchange: Exchange, files: readonly SpecFile[], folder: string, context: SpecContext): string[] {
  const specs = context.words.specs;
  const words = specs.technical;
  const { api, platform } = exchange;
  const address = addressOf(exchange);
  const assigner = platform ?? exchange.provider;
  const signature = api.signature;
  const rows = [
    [words.style, api.style ? specs.styles[api.style] : specs.notStated],
    [words.platform, platform ? named(platform, context) : specs.none],
    [
      words.address,
      `${mdCode(address.uri)}${address.assigned && assigner ? ` — ${words.addressAssigned({ platform: named(assigner, context) })}` : ''}`,
    ],
    [words.auth, api.auth ? specs.auth[api.auth] : specs.notStated],
  ];
  const signatureRows = signature
    ? [
        [words.signatureLevel, signature.level ? specs.levels[signature.level] : specs.notStated],
        [words.signatureFormat, signature.format ?? specs.notStated],
        [words.signatureWith, namedRef(signature.with, context)],
        [words.timestamp, signature.timestamp ? namedRef(signature.timestamp, context) : specs.none],
      ]
    : [];
  // What the OpenAPI has no place for, and why: where a reader of the draft looks for it.
  const leftOut = api.style === 'rest' ? restRoutes(api.operations).leftOut : [];
  return [
    `## ${words.heading}`,
    mdTable(['', ''], rows),
    ...leftOut.map((route) =>
      words.leftOut({ operation: mdCode(route.operation.name), earlier: mdCode(route.earlier.name), route: mdCode(routeText(route)) }),
    ),
    `### ${words.signature}`,
    signature ? mdTable(['', ''], signatureRows) : words.noSignature,
    `### ${words.trustServices}`,
    exchange.trusts.length > 0 ? trustTable(exchange.trusts, context) : words.noTrust,
    `### ${words.files}`,
    files.map((spec) => `- [${spec.file}](${folder}${spec.file}) — ${spec.standard}`).join('\n'),
  ];
}

function trustTable(trusts: readonly Trust[], context: SpecContext): string {
  const specs = context.words.specs;
  const words = specs.technical;
  const rows = trusts.flatMap((trust) => {
    const common = [
      named(trust, context),
      trust.trustKind ? specs.trustKinds[trust.trustKind] : specs.notStated,
      namedRef(trust.operator, context),
      trust.accredited ? specs.yes : specs.no,
    ];
    if (trust.certificates.length === 0) return [[...common, words.noCertificate, '', '']];
    return trust.certificates.map((certificate) => [
      ...common,
      mdText(certificate.subject),
      certificate.validUntil ?? specs.notStated,
      certificateState(certificate.validFrom, certificate.validUntil, context),
    ]);
  });
  return mdTable(
    [
      words.trustService,
      words.kind,
      words.operator,
      words.accredited,
      words.certificate,
      words.validUntil,
      words.atDate({ date: context.evaluationDate }),
    ],
    rows,
  );
}

function certificateState(validFrom: string | undefined, validUntil: string | undefined, context: SpecContext): string {
  const words = context.words.specs.technical;
  const today = context.evaluationDate;
  if (validFrom !== undefined && validFrom > today) return words.notYetValid;
  const days = validUntil === undefined ? NaN : daysBetween(today, validUntil);
  // A date that is not a calendar date is a syntax error, reported where it is written.
  if (Number.isNaN(days)) return context.words.specs.notStated;
  return days < 0 ? words.expired : words.valid({ days });
}
