// The rules in English: for each finding id, what it checks in one line (`gea rules`), why it
// exists with a bad and a good example (`gea explain`), and the messages of its findings.
import type { ElementKind } from '../../model/types.js';
import { codeList, KINDS, label, list, location } from './common.js';

/** "owned by agency `mta`", "owned by agency `mta` and operated by agency `ndc`" */
function runBy(owner: string, operator: string | undefined): string {
  return operator === undefined
    ? `owned by ${label('agency', owner)}`
    : `owned by ${label('agency', owner)} and operated by ${label('agency', operator)}`;
}

/** What an interface lacks, and what to add for it. */
const INTERFACE_PARTS: Readonly<
  Record<'style' | 'version' | 'operation' | 'event', { lacks(style: string | undefined): string; example: string }>
> = {
  style: { lacks: () => 'a `style`', example: '`style rest|soap|graphql|event|file`' },
  version: { lacks: () => 'a `version`', example: '`version "1.0.0"`' },
  operation: { lacks: (style) => `an operation (a ${style} interface needs at least one)`, example: '`operation NAME { … }`' },
  event: { lacks: () => 'an event (an event interface needs at least one)', example: '`event NAME { payload DATA { … } }`' },
};

export const rules = {
  syntax: {
    summary: 'The file follows the gea grammar; values come from their fixed sets.',
    explanation: `The parser could not read part of a file, or a value is not one of the values its property
takes (\`kind agancy\`), or a property is given twice, a date does not exist (2026-02-30), a
plateau has no \`date\`, or a waiver lacks \`rule\`, \`on\` or \`reason\`. The parser recovers
and goes on, so the rest of the file is still checked; fix the first error first.

Bad:
  agency mta "Татварын ерөнхий газар" { kind agancy }

Good:
  agency mta "Татварын ерөнхий газар" { kind agency }`,
  },
  'unresolved-reference': {
    summary: 'Every reference names an element that is declared (with the right kind).',
    explanation: `A reference is looked up in the file's namespace, then in each enclosing namespace outward, then
as an absolute name. This finding says what kind of element was expected and, where one exists,
the closest declared name. Fields in \`{ … }\` lists are looked up in the data asset before the
braces; rule ids in waivers among the rules.

Bad:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gars }

Good:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr }`,
  },
  'duplicate-name': {
    summary: 'Every declaration has a full name of its own in the workspace.',
    explanation: `Two declarations with one full name (namespace and id) are reported at both places. Both stay in
the model and references go to the first in source order (by file path, then line), so the
second is unreachable. Fields, operations and events must likewise be unique inside their
declaration.

Bad:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr }
  system civil_registry "Давхардсан систем" { owner gasr }

Good: rename one (\`civil_registry_archive\`), or move it to another namespace.`,
  },
  'plateau-order': {
    summary: 'Plateaus have distinct dates, so they are ordered.',
    explanation: `Plateaus are architecture states ordered by date; lifecycles (\`from\`, \`until\`) and waivers
compare those dates. Two plateaus with one date cannot be ordered.

Bad:
  plateau current "Одоо" { date 2026-01-01 }
  plateau baseline "Суурь" { date 2026-01-01 }

Good: merge them, or give each its own date.`,
  },
  'owner-required': {
    summary: 'Every system and data asset names its owner, every platform and trust service its operator, every interface its provider.',
    explanation: `Accountability is the first thing an enterprise architecture records: which agency answers
for a system or a data asset, which agency runs a shared platform or a trust service, and which
system provides an interface. Without it no other rule can tell whether data crosses an agency
boundary. A missing owner, operator or provider is reported at the declaration's first line (it
is a rule finding, not a syntax error, so a half-written model still links and is checked).

Bad:
  system payroll "Цалингийн систем" {
    criticality high
  }

Good:
  system payroll "Цалингийн систем" {
    owner mof
    criticality high
  }`,
    missing: ({ kind, element, property }: { kind: ElementKind; element: string; property: 'owner' | 'operator' | 'provider' }) =>
      `${label(kind, element)} has no \`${property}\`; add \`${property} …\` naming ${
        property === 'owner'
          ? 'the agency that answers for it'
          : property === 'operator'
            ? 'the agency that runs it'
            : 'the system that provides it'
      }`,
  },
  'owner-exists': {
    summary: "An element's owner, operator, provider and parent exist at every plateau at which the element exists.",
    explanation: `Plateaus let one model hold the baseline and the target. When an agency is merged away or a
system is retired in the target, everything that names it as owner, operator, provider or parent
must move with it, or that element is left without anyone accountable. This rule checks, at every
plateau, that the agency or system such a property names still (or already) exists wherever the
element that names it does; it is reported at the property.

Bad:
  agency hosp "Нэгдүгээр эмнэлэг" { until target }
  data patient "Өвчтөний бүртгэл" { owner hosp } // the register outlives its owner

Good:
  agency hosp "Нэгдүгээр эмнэлэг" { until target }
  agency moh "Эрүүл мэндийн яам" {}
  data patient "Өвчтөний бүртгэл" { owner moh }`,
    absent: ({
      kind,
      element,
      property,
      targetKind,
      target,
    }: {
      kind: ElementKind;
      element: string;
      property: string;
      targetKind: ElementKind;
      target: string;
    }) =>
      `${label(kind, element)} has ${property} ${label(targetKind, target)}, which does not exist at every plateau where \`${element}\` does; ` +
      `name another ${property} that exists for its whole lifecycle, or align the \`from\`/\`until\` of the two`,
  },
  'single-master': {
    summary: 'Each data asset has exactly one master system at every plateau.',
    explanation: `The once-only principle: a citizen gives a piece of information to the state once, and every
agency that needs it asks the one system that is its authoritative source. A data asset with no
master has no authoritative source (copies cannot be traced back, corrections go nowhere); one
with two masters will drift apart. The rule is checked at every plateau, so a target state that
retires the old master must name the new one. No master is reported at the data declaration's
first line; two or more at each \`masters\` statement.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }
  system tax_registry "Татварын бүртгэл" { owner mta masters citizen }

Good:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }

  system tax_registry "Татварын бүртгэл" {
    owner mta
    stores citizen { register_no }
    consumes citizen_lookup { purpose "…" legal-basis tax_law "12.1" }
  }`,
    noMaster: ({ data, localName }: { data: string; localName: string }) =>
      `${label('data', data)} has no master system; add \`masters ${localName}\` to the system that is its authoritative source`,
    rivalMasters: ({ system, data, others, localName }: { system: string; data: string; others: readonly string[]; localName: string }) =>
      `${label('system', system)} masters ${label('data', data)}, which ${codeList(others)} also master${others.length === 1 ? 's' : ''}; ` +
      `a data asset has one authoritative source (once-only): keep \`masters ${localName}\` in that system only, and let the others consume it through an interface`,
  },
  'master-owner-match': {
    summary: "Every system that masters a data asset is owned or operated by the data asset's owner.",
    explanation: `The agency that owns a data asset answers for its content, so the system that is its
authoritative source must be under that agency's control: owned by it, or at least operated by
it. A register mastered by another agency's system usually means the owner is wrong, or the
system only keeps a copy and should \`stores\` it instead. Reported once at each \`masters\`
statement, naming every such asset it lists.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system tax_registry "Татварын бүртгэл" { owner mta masters citizen }

Good:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }
  system tax_registry "Татварын бүртгэл" { owner mta stores citizen { register_no } }`,
    foreignAsset: ({
      system,
      owner,
      operator,
      data,
      dataOwner,
    }: {
      system: string;
      owner: string;
      operator: string | undefined;
      data: string;
      dataOwner: string;
    }) =>
      `${label('system', system)} masters ${label('data', data)}, but it is ${runBy(owner, operator)}, not by the asset's owner ${label('agency', dataOwner)}; ` +
      `master the asset in a system of \`${dataOwner}\` (or let \`${dataOwner}\` operate this one), or correct the asset's \`owner\``,
    foreignAssets: ({
      system,
      owner,
      operator,
      data,
      dataOwners,
    }: {
      system: string;
      owner: string;
      operator: string | undefined;
      data: readonly string[];
      dataOwners: readonly string[];
    }) =>
      `${label('system', system)} masters ${list(data.map((id, i) => `${label('data', id)} of \`${dataOwners[i]}\``))}, but it is ${runBy(owner, operator)}, not by those assets' owners; ` +
      "master each asset in a system of its owner (or let that owner operate this one), or correct the assets' `owner`",
  },
  'registry-code-unique': {
    summary: 'No two agencies share a `registry-code`.',
    explanation: `An agency's registry code is its number in the state registry of legal entities; outputs and
other registers use it to identify the organisation. Two agencies with one code are either one
organisation declared twice or a typing error. Checked among the agencies that exist at each
plateau (a successor agency may take over the code of one it replaces), and reported once for
each later agency in source order (workspace-relative path, then line), at its \`registry-code\`,
naming the first agency with that code and how many others have it too.

Bad:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { registry-code "9000002" }
  agency mta "Татварын ерөнхий газар" { registry-code "9000002" }

Good:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { registry-code "9000002" }
  agency mta "Татварын ерөнхий газар" { registry-code "9000003" }`,
    shared: ({
      agency,
      code,
      first,
      firstLine,
      firstPath,
      others,
    }: {
      agency: string;
      code: string;
      first: string;
      firstLine: number;
      firstPath: string | undefined;
      others: number;
    }) =>
      `${label('agency', agency)} has registry-code "${code}", which ${label('agency', first)} (${location(firstLine, firstPath)})` +
      `${others === 0 ? ' already has' : ` and ${others} other ${others === 1 ? 'agency' : 'agencies'} already have`}; ` +
      'registry codes identify agencies, so correct one of them (or merge the two declarations if they are one organisation)',
  },
  'cross-agency-via-platform': {
    summary:
      "Across agencies, data moves only through interfaces via an exchange platform; no direct dependencies on other agencies' systems.",
    explanation: `The national exchange platform (ХУР) is where cross-agency data exchange is logged,
authorised and governed. Data that moves between agencies any other way (a nightly file copy, a
direct database link, an interface published outside the platform) escapes that control and the
once-only principle. So: (a) a system that stores a data asset owned by another agency consumes
some interface via a platform of kind \`exchange\` that carries that asset (which fields is
\`copy-has-source\`'s business); (b) a system that consumes another agency's interface consumes
one that runs via an exchange platform; (c) a \`depends-on\` another agency's system is always a
violation. Each offending statement is one finding, reported at that statement.

Bad:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname }
    depends-on civil_registry "шөнийн файл хуулбар" { kind file }
  }

Good (gasr's civil_registry provides citizen_lookup via khur, a platform of kind exchange):
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname }
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12" agreement "ХТ-2024/003" }
  }`,
    copy: ({
      system,
      owner,
      data,
      dataOwner,
      received,
    }: {
      system: string;
      owner: string;
      data: string;
      dataOwner: string;
      received: boolean;
    }) =>
      `system \`${system}\` of agency \`${owner}\` stores data asset \`${data}\` of agency \`${dataOwner}\` but ` +
      `${received ? 'receives it only through interfaces that do not run via an exchange platform' : 'consumes no interface of another system that carries it'}; ` +
      `consume an interface via an exchange platform that carries \`${data}\` (provided by its master system), or stop storing it`,
    consumption: ({
      system,
      owner,
      api,
      provider,
      platform,
      platformKind,
    }: {
      system: string;
      owner: string;
      api: string;
      provider: string;
      platform: string | undefined;
      platformKind: string | undefined;
    }) =>
      `system \`${system}\` of agency \`${owner}\` consumes interface \`${api}\` of agency \`${provider}\`, ` +
      `${platform === undefined ? 'which runs via no platform' : `which runs via \`${platform}\`, a platform ${platformKind === undefined ? 'whose `kind` is not stated' : `of kind \`${platformKind}\``} rather than \`exchange\``}; ` +
      `publish \`${api}\` \`via\` an exchange platform (kind \`exchange\`) and consume it there`,
    dependency: ({
      system,
      owner,
      target,
      targetOwner,
      dependencyKind,
    }: {
      system: string;
      owner: string;
      target: string;
      targetOwner: string;
      dependencyKind: string | undefined;
    }) =>
      `system \`${system}\` of agency \`${owner}\` depends directly on system \`${target}\` of agency \`${targetOwner}\`${dependencyKind ? ` (\`kind ${dependencyKind}\`)` : ''}, bypassing the exchange platform; ` +
      `replace the dependency with an interface that \`${target}\` provides via an exchange platform, and consume it`,
  },
  'copy-has-source': {
    summary: 'Every field a system stores of data it does not master is carried by some interface it consumes.',
    explanation: `A copy of data that a system does not master must come from somewhere the architecture
can see: an interface that the system consumes and that carries those fields. A stored field that
no consumed interface carries is fed by an undocumented channel (a file copy, manual entry, a
direct database link), goes stale unnoticed and breaks the once-only principle. The finding is
reported at the \`stores\` statement and names the fields that have no source.

Bad (no consumed interface carries address):
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname, address }
    consumes citizen_lookup // carries citizen { register_no, surname }
  }

Good:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname }
    consumes citizen_lookup // carries citizen { register_no, surname }
  }`,
    fieldsWithoutSource: ({ system, data, fields }: { system: string; data: string; fields: readonly string[] }) =>
      `system \`${system}\` stores ${fields.length === 1 ? 'field' : 'fields'} ${codeList(fields)} of data asset \`${data}\`, which no interface of another system that it consumes carries; ` +
      `consume an interface that carries ${fields.length === 1 ? 'it' : 'them'}, or stop storing ${fields.length === 1 ? 'it' : 'them'}`,
    copyWithoutSource: ({ system, data, fields }: { system: string; data: string; fields: readonly string[] }) =>
      `system \`${system}\` stores a copy of data asset \`${data}\` (${codeList(fields)}) but consumes no interface of another system that carries it; ` +
      `consume an interface that carries those fields (from the master of \`${data}\`), or stop storing them`,
  },
  'provider-authoritative': {
    summary: 'An interface carries only data its provider masters or itself receives through an interface it consumes.',
    explanation: `Consumers trust an interface to deliver authoritative data. When a system publishes a data
asset that it neither masters nor receives from its master through a consumed interface, the
interface hands out data of unknown origin: a shadow copy that drifts from the register. The
check is per data asset: the provider masters the asset, or consumes an interface that carries
it (a field whose type is another data asset does not count as carrying that asset). It is
reported once per interface and data asset, at the first input, output or payload that carries it.

Bad (pension neither masters nor receives citizen):
  interface pension_citizen "Тэтгэвэр авагчийн мэдээлэл" {
    provider pension
    via khur
    style rest
    version "1.0.0"
    operation get_pensioner { method GET path "/pensioners/{register_no}" output citizen { register_no, surname } }
  }

Good (the register's own system serves it, or pension first consumes citizen_lookup):
  interface citizen_lookup "Иргэний лавлагаа" {
    provider civil_registry
    via khur
    style rest
    version "2.0.0"
    operation get_citizen { method GET path "/citizens/{register_no}" output citizen { register_no, surname } }
  }`,
    unentitled: ({ api, data, provider, master }: { api: string; data: string; provider: string; master: string | undefined }) =>
      `interface \`${api}\` carries data asset \`${data}\`, but its provider \`${provider}\` neither masters it nor consumes an interface of another system that carries it; ` +
      (master
        ? `serve it from its master system \`${master}\`, or have \`${provider}\` consume an interface of \`${master}\` that carries it`
        : `have \`${provider}\` master \`${data}\` or consume an interface that carries it, or stop carrying it here`),
  },
  'consumption-legal-basis': {
    summary: 'Consuming an interface that carries personal or restricted/secret data states a purpose and a legal basis.',
    explanation: `Personal data may be processed only for a stated purpose on a legal ground (purpose
limitation, lawfulness), and restricted or secret data only by those a law entitles. So a system
that consumes an interface carrying personal data (a field flagged personal or sensitive, or an
asset with privacy personal/sensitive) or restricted/secret data states, in the \`consumes\` block,
both its \`purpose\` and the \`legal-basis\` (law and article) that allows it. Reported once per
consumption, at the \`consumes\` statement.

Bad:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup
  }

Good:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" agreement "ХТ-2024/003" }
  }`,
    unjustified: ({
      system,
      api,
      personal,
      classification,
      data,
      missing,
    }: {
      system: string;
      api: string;
      personal: boolean;
      classification: 'restricted' | 'secret' | undefined;
      data: readonly string[];
      missing: readonly ('purpose' | 'legal-basis')[];
    }) =>
      `system \`${system}\` consumes interface \`${api}\`, which carries ${list([...(personal ? ['personal'] : []), ...(classification ? [classification] : [])])} data (${codeList(data)}), ` +
      `without stating ${codeList(missing)}; ` +
      `add ${list(missing.map((name) => (name === 'purpose' ? '`purpose "…"`' : '`legal-basis LAW "article"`')))} to the \`consumes\` block`,
  },
  'consent-declared': {
    summary: 'An interface carrying personal data declares consent, or `consent none` with a legal basis.',
    explanation: `Personal data is disclosed either with the data subject's consent or on a legal ground
that makes consent unnecessary. An interface that carries personal data (a field flagged
personal or sensitive, or an asset with privacy personal/sensitive) therefore declares how
consent is obtained (\`consent dan, otp\`, …), or states \`consent none\` together with the
interface's \`legal-basis\`. A missing declaration is reported at the interface's first line;
\`consent none\` without a legal basis at the \`consent\` statement.

Bad:
  interface patient_lookup "Өвчтөний лавлагаа" {
    provider his
    via khur
    style rest
    version "1.0.0"
    classification restricted
    operation get_patient { method GET path "/patients/{patient_id}" output patient { patient_id } }
  }

Good:
  interface patient_lookup "Өвчтөний лавлагаа" {
    provider his
    via khur
    style rest
    version "1.0.0"
    classification restricted
    consent none
    legal-basis health_law "12.1"
    operation get_patient { method GET path "/patients/{patient_id}" output patient { patient_id } }
  }`,
    noneWithoutLegalBasis: ({ api, data }: { api: string; data: readonly string[] }) =>
      `interface \`${api}\` carries personal data (${codeList(data)}) and states \`consent none\` without a \`legal-basis\`; ` +
      'add `legal-basis LAW "article"` naming the law that allows it without consent, or name the consent methods (`consent dan, otp`, …)',
    undeclared: ({ api, data }: { api: string; data: readonly string[] }) =>
      `interface \`${api}\` carries personal data (${codeList(data)}) but declares no \`consent\`; ` +
      'add `consent` with the methods used (`dan`, `otp`, `signature`, …), or `consent none` with a `legal-basis`',
  },
  'agreement-required': {
    summary: 'A consumption across agencies cites an interoperability agreement.',
    explanation: `When one agency consumes another agency's interface, the terms (what data, for what, with
which obligations and liabilities) are set in an interoperability agreement between the two. Citing
it in the \`consumes\` block with \`agreement "…"\` links the integration to that agreement, so an
audit can find the basis of every cross-agency flow. Consumptions inside one agency (same owner)
need none. Reported once per consumption, at the \`consumes\` statement.

Bad:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" }
  }

Good:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" agreement "ХТ-2024/003" }
  }`,
    noAgreement: ({ system, owner, api, provider }: { system: string; owner: string; api: string; provider: string }) =>
      `system \`${system}\` of agency \`${owner}\` consumes interface \`${api}\` of agency \`${provider}\` without citing an interoperability agreement; ` +
      'add `agreement "…"` (the agreement\'s reference) to the `consumes` block',
  },
  'interface-complete': {
    summary:
      'Interfaces state style and version; rest/soap/graphql ones have operations, event ones events; rest operations have method and path.',
    explanation: `An interface is a contract that consumers build against. Without a \`style\` and a
\`version\` nobody knows how to call it or which contract they rely on; a rest, soap or graphql
interface without any \`operation\`, or an event interface without any \`event\`, offers nothing;
a rest operation without \`method\` and \`path\` cannot be called. The finding is reported at the
first line of the innermost declaration or block that lacks something: the interface for style,
version, operations and events, the operation for a missing method or path.

Bad:
  interface citizen_feed "Иргэний өөрчлөлтийн мэдээ" { provider civil_registry via khur style event }

Good:
  interface citizen_feed "Иргэний өөрчлөлтийн мэдээ" {
    provider civil_registry
    via khur
    style event
    version "1.0.0"
    event citizen_changed { payload citizen { register_no } }
  }`,
    incomplete: ({
      api,
      style,
      missing,
    }: {
      api: string;
      style: string | undefined;
      missing: readonly ('style' | 'version' | 'operation' | 'event')[];
    }) =>
      `interface \`${api}\` lacks ${list(missing.map((name) => INTERFACE_PARTS[name].lacks(style)))}; add ${list(missing.map((name) => INTERFACE_PARTS[name].example))}`,
    incompleteOperation: ({ operation, api, missing }: { operation: string; api: string; missing: readonly ('method' | 'path')[] }) =>
      `rest operation \`${operation}\` of interface \`${api}\` lacks ${list(missing.map((name) => `a \`${name}\``))}; ` +
      `add ${list(missing.map((name) => (name === 'method' ? '`method GET|POST|PUT|PATCH|DELETE`' : '`path "/…"`')))}`,
  },
  'classification-flow': {
    summary: 'An interface is classified at least as high as the data it carries; secret data never goes via an exchange platform or open.',
    explanation: `An interface exposes whatever it carries, so its classification (which decides who may be
granted access, over which channel, with which controls) must be at least that of the most
classified data asset in its operations and events; an unstated classification counts as
internal. Secret data is never carried via a shared exchange platform and never published as
open data. The finding is reported once per interface and data asset, at the first input,
output or payload that carries the asset (or at the \`open\` block of a secret asset).

Bad:
  data border_cases "Хилийн хэрэг" { owner nso classification secret field case_id string key }

  interface stat_api "Статистикийн API" {
    provider stat_system
    via khur
    style rest
    version "1.0.0"
    classification public
    operation get_case { method GET path "/cases/{case_id}" input border_cases { case_id } }
  }

Good (the secret asset stays off the public exchange interface):
  interface stat_api "Статистикийн API" {
    provider stat_system
    via khur
    style rest
    version "1.0.0"
    classification public
    operation get_population { method GET path "/population/{aimag}" output population { aimag, count } }
  }`,
    below: ({
      api,
      classification,
      stated,
      data,
      dataClassification,
    }: {
      api: string;
      classification: string;
      stated: boolean;
      data: string;
      dataClassification: string;
    }) =>
      `interface \`${api}\` is classified \`${classification}\`${stated ? '' : ' (unstated counts as internal)'} but carries \`${dataClassification}\` data asset \`${data}\`; ` +
      `state \`classification ${dataClassification}\` (or higher) on the interface, or stop carrying \`${data}\``,
    secretViaExchange: ({ api, data, platform }: { api: string; data: string; platform: string }) =>
      `interface \`${api}\` carries secret data asset \`${data}\` via exchange platform \`${platform}\`; ` +
      `secret data is never carried via an exchange platform: stop carrying \`${data}\` here, or take the interface off \`${platform}\``,
    belowAndViaExchange: ({
      api,
      classification,
      stated,
      data,
      platform,
    }: {
      api: string;
      classification: string;
      stated: boolean;
      data: string;
      platform: string;
    }) =>
      `interface \`${api}\` is classified \`${classification}\`${stated ? '' : ' (unstated counts as internal)'} but carries secret data asset \`${data}\`, and does so via exchange platform \`${platform}\`; ` +
      `secret data is never carried via an exchange platform: stop carrying \`${data}\` here, or take the interface off \`${platform}\` and classify it \`secret\``,
    secretOpen: ({ data }: { data: string }) =>
      `secret data asset \`${data}\` is published as open data; remove its \`open\` block (secret data is never published)`,
  },
  'lifecycle-dependency': {
    summary:
      'What a statement points to (consumes, uses, hosting, via, masters, stores, depends-on, with, timestamp, issuer) exists wherever the statement does.',
    explanation: `Plateaus describe the architecture at dated states. When an element is retired (\`until\`) or
introduced later (\`from\`), the statements that point to it must follow: a system that still
consumes a retired interface, is hosted on a platform that is not yet built, or signs with a CA
that is gone describes a state that cannot work. Checked at every plateau for \`consumes\`, \`uses\`,
\`hosting\`, \`via\`, \`masters\`, \`stores\`, \`depends-on\`, \`with\`, \`timestamp\` and \`issuer\`;
reported once at the statement, naming every such element it points to. End the statement with
the element it points to (\`until\`), or start it when that element arrives (\`from\`).

Bad:
  interface old_lookup "Хуучин лавлагаа" { provider civil_registry until target … }

  system tax_system "Татварын систем" {
    owner mta
    consumes old_lookup
  }

Good:
  system tax_system "Татварын систем" {
    owner mta
    consumes old_lookup { until target }
    consumes citizen_lookup { from target }
  }`,
    absent: ({
      holderKind,
      holder,
      keyword,
      written,
      targetKind,
      targets,
      ownLifecycle,
    }: {
      holderKind: ElementKind;
      holder: string;
      keyword: string;
      written: readonly string[];
      targetKind: ElementKind;
      targets: readonly string[];
      ownLifecycle: boolean;
    }) => {
      const several = targets.length > 1;
      const fix = !ownLifecycle
        ? `end or start \`${holder}\` with ${several ? 'them' : 'it'} (\`until …\`, \`from …\`)`
        : several
          ? 'give the statement a lifecycle that ends with them (`until …`) or starts when they arrive (`from …`)'
          : `give the statement a lifecycle that ends with \`${targets[0]}\` (\`until …\`) or starts when it arrives (\`from …\`)`;
      return (
        `\`${keyword} ${written.join(', ')}\` in ${label(holderKind, holder)} points to ${list(targets.map((target) => label(targetKind, target)))}, ` +
        (several
          ? `which do not exist at every plateau where the statement does; ${fix}, or point it to elements that exist then`
          : `which does not exist at every plateau where the statement does; ${fix}, or point it to an element that exists then`)
      );
    },
  },
  'lifecycle-order': {
    summary: "`from` comes strictly before `until`, by plateau date, and a statement's lifecycle meets its element's.",
    explanation: `\`from P\` says an element (or a statement) exists from plateau P on, \`until Q\` that it no
longer exists at Q. When Q is not dated after P the two contradict each other and the thing
exists at no plateau at all — usually the plateaus were swapped or the wrong one was named.
This applies to declarations and to statements with a lifecycle of their own
(\`masters citizen (from current until target)\`, \`consumes x { from … until … }\`). Reported at
\`until\`. A statement exists only while its element does, so one whose own lifecycle ends before
its element begins (\`stores citizen (until current)\` in a system \`from target\`), or begins once
its element has ended, exists at no plateau either: a warning, reported at the statement's bound.

Bad:
  system archive "Архивын систем" {
    owner gasr
    from target
    until current
  }

Good:
  system archive "Архивын систем" {
    owner gasr
    from current
    until target
  }`,
    reversed: ({
      kind,
      element,
      statement,
      from,
      fromDate,
      until,
      untilDate,
      order,
    }: {
      kind: ElementKind;
      element: string;
      statement: string | undefined;
      from: string;
      fromDate: string;
      until: string;
      untilDate: string;
      order: 'same' | 'same-date' | 'earlier';
    }) =>
      `${statement ? `the \`${statement}\` statement of ${label(kind, element)}` : label(kind, element)} ` +
      `has \`from ${from}\` (${fromDate}) and \`until ${until}\` (${untilDate}), ` +
      `${order === 'same' ? 'the same plateau' : order === 'same-date' ? 'a plateau with the same date' : 'an earlier plateau'}, so it exists at no plateau; ` +
      '`until` must name a plateau dated after `from` — swap them or name the right plateau',
    outsideElement: ({
      kind,
      element,
      statement,
      bound,
      plateau,
      date,
      elementBound,
      elementPlateau,
      elementDate,
    }: {
      kind: ElementKind;
      element: string;
      statement: string;
      bound: 'from' | 'until';
      plateau: string;
      date: string;
      elementBound: 'from' | 'until';
      elementPlateau: string;
      elementDate: string;
    }) =>
      `the \`${statement}\` statement of ${label(kind, element)} has \`${bound} ${plateau}\` (${date}), outside the ${KINDS[kind]}'s life ` +
      `(\`${elementBound} ${elementPlateau}\`, ${elementDate}), so the statement exists at no plateau; ` +
      `name a plateau within the ${KINDS[kind]}'s life in its \`${bound}\`, or remove the statement`,
  },
  'deprecated-interface': {
    summary: 'A system consumes an interface marked deprecated.',
    explanation: `A provider marks an interface \`deprecated\` when it is to be withdrawn. Every system that still
consumes it is a migration to plan before the interface goes, so each such consumption is reported
at its \`consumes\` statement, until the consumer moves to the successor (or the consumption gets
an \`until\` plateau and a waiver records the plan).

Bad:
  interface tax_api "Татварын API" { provider tax_registry via khur style rest version "3.1.0" deprecated … }

  system payroll "Цалингийн систем" { owner mof consumes tax_api }

Good:
  system payroll "Цалингийн систем" { owner mof consumes tax_api_v4 }`,
    consumed: ({ system, api }: { system: string; api: string }) =>
      `system \`${system}\` consumes interface \`${api}\`, which is deprecated; move to its successor, or end this consumption (\`until\` a plateau)`,
  },
  'sla-required': {
    summary: 'An interface consumed by a high or critical system states an SLA availability of at least 99.0% (high) or 99.5% (critical).',
    explanation: `A system is only as available as the interfaces it depends on. When a system states
criticality \`high\` or \`critical\`, every interface it consumes must promise an availability in its
\`sla\` block: at least 99.0% for a high and 99.5% for a critical consumer. A missing or lower
figure is reported once per consumption, at the \`consumes\` statement.

Bad:
  interface tax_api "Татварын API" { provider tax_registry via khur style rest version "3.1.0" … }

  system payroll "Цалингийн систем" { owner mof criticality critical consumes tax_api }

Good:
  interface tax_api "Татварын API" {
    provider tax_registry
    via khur
    style rest
    version "3.1.0"
    sla { availability 99.9% latency 800ms }
    …
  }`,
    insufficient: ({
      criticality,
      system,
      api,
      availability,
      required,
    }: {
      criticality: string;
      system: string;
      api: string;
      availability: string | undefined;
      required: string;
    }) =>
      `system \`${system}\` (criticality \`${criticality}\`) consumes interface \`${api}\`, which ${availability === undefined ? 'states no SLA availability' : `promises only ${availability}% availability`}; ` +
      `a consumer of that criticality needs at least ${required}%: agree \`sla { availability ${required}% }\` or better with its provider, or consume another interface`,
  },
  'legally-binding-signed': {
    summary: 'The master system of a legally-binding document signs or seals it at level advanced or qualified.',
    explanation: `A document flagged \`legally-binding\` (a birth certificate, a court decision, a licence)
has legal effect only when the agency that issues it can prove it issued it and that it was not
altered. The system that masters the document is the one that issues it, so it must sign it
(\`signs\`, a person's signature) or seal it (\`seals\`, the organisation's electronic seal) at
level \`advanced\` or \`qualified\`; a \`simple\` signature proves nothing in court. The finding is
reported at the \`masters\` statement of each master that does not.

Bad:
  data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    masters birth_cert // nothing signs or seals it
  }

Good:
  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    masters birth_cert
    signs birth_cert { level qualified format PAdES with issuing_ca timestamp tsa }
  }`,
    unsigned: ({
      data,
      system,
      reference,
      levels,
    }: {
      data: string;
      system: string;
      reference: string;
      levels: readonly (string | undefined)[];
    }) =>
      `legally binding data asset \`${data}\` is mastered by system \`${system}\`, which ` +
      `${levels.length === 0 ? 'neither signs nor seals it' : `signs or seals it only ${levels.map((level) => (level ? `at level ${level}` : 'without a level')).join(' or ')}`}; ` +
      `add \`signs ${reference} { level qualified format … with … }\` (or \`seals\`) at level advanced or qualified to \`${system}\``,
  },
  'interface-signature': {
    summary: 'An interface that carries legally-binding documents has a `signature` at level advanced or qualified.',
    explanation: `When an interface carries a \`legally-binding\` document, the receiving agency acts on it as
if it held the original: it must be able to prove who sent it and that it was not altered on the
way. So the interface signs its messages: a \`signature { … }\` block at level \`advanced\` or
\`qualified\`. A missing block is reported at the interface's first line, a weaker level at the
\`signature\` block.

Bad:
  interface cert_service "Гэрчилгээ лавлах" {
    provider civil_registry
    operation get { output birth_cert } // birth_cert is legally-binding
  }

Good:
  interface cert_service "Гэрчилгээ лавлах" {
    provider civil_registry
    signature { level advanced format XAdES with issuing_ca timestamp tsa }
    operation get { output birth_cert }
  }`,
    unsigned: ({ api, data }: { api: string; data: readonly string[] }) =>
      `interface \`${api}\` carries legally binding ${data.length === 1 ? 'data asset' : 'data assets'} ${codeList(data, 5)} but does not sign its messages; ` +
      'add `signature { level qualified format XAdES with … }` (level advanced or qualified)',
    weak: ({ api, data, level }: { api: string; data: readonly string[]; level: string | undefined }) =>
      `interface \`${api}\` carries legally binding ${data.length === 1 ? 'data asset' : 'data assets'} ${codeList(data, 5)} but signs its messages only ${level ? `at level ${level}` : 'without a level'}; ` +
      'set `level advanced` or `level qualified` in its `signature` block',
  },
  'accredited-trust': {
    summary:
      'An advanced or qualified signature names `with` an accredited trust service listing that level and format, and any `timestamp` is an accredited `tsa`.',
    explanation: `The law recognises an advanced or qualified electronic signature only when the certificate
behind it comes from an accredited trust service (one on the national trusted list) that is
accredited for that level and that signature format. Its time-stamp, if it has one, must likewise
come from an accredited time-stamping authority (kind \`tsa\`). This applies to \`signs\`, \`seals\`
and interface \`signature\` blocks at level \`advanced\` or \`qualified\`; the validity of the
certificates themselves and of the issuers above them is \`certificate-valid\`'s business.

Bad:
  trust private_ca "Хувийн CA" { kind ca operator gasr levels advanced formats PAdES }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca } // not accredited
  }

Good:
  trust issuing_ca "Гэрчилгээ олгогч төв" { kind ca operator gasr accredited levels advanced, qualified formats PAdES, XAdES }
  trust tsa "Цаг баталгаажуулах" { kind tsa operator gasr accredited }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with issuing_ca timestamp tsa }
  }`,
    signing: ({ system, signing, data }: { system: string; signing: string; data: string }) => `\`${system}\` ${signing} \`${data}\``,
    messageSignature: ({ api }: { api: string }) => `interface \`${api}\` signs its messages`,
    unrecognised: ({
      signature,
      level,
      format,
      noFormat,
      noService,
      service,
      serviceLacks,
      stamp,
      stampLacks,
    }: {
      signature: string;
      level: string;
      format: string | undefined;
      /** No format written (one written as none of the set is the syntax error's). */
      noFormat: boolean;
      noService: boolean;
      service: string | undefined;
      serviceLacks: readonly ('accreditation' | 'level' | 'format')[];
      stamp: string | undefined;
      stampLacks: readonly ('accreditation' | 'tsa')[];
    }) => {
      const faults: string[] = [];
      const fixes: string[] = [];
      const lists = `lists level ${level}${format ? ` and format ${format}` : ''}`;
      if (noService) {
        faults.push('names no trust service');
        fixes.push(`add \`with\` and an accredited trust service that ${lists}`);
      }
      if (service && serviceLacks.length > 0) {
        const lacks = serviceLacks.map((lack) =>
          lack === 'accreditation'
            ? 'is not accredited'
            : lack === 'level'
              ? `does not list level ${level}`
              : `does not list format ${format}`,
        );
        faults.push(`relies on trust service \`${service}\`, which ${lacks.join(' and ')}`);
        fixes.push(`name \`with\` an accredited trust service that ${lists}`);
      }
      if (service && noFormat) {
        faults.push('states no format');
        fixes.push(`add \`format\` with one that \`${service}\` lists`);
      }
      if (stamp) {
        faults.push(
          `is time-stamped by \`${stamp}\`, which ${stampLacks.map((lack) => (lack === 'accreditation' ? 'is not accredited' : 'is not of kind tsa')).join(' and ')}`,
        );
        fixes.push('name `timestamp` an accredited trust service of kind `tsa`');
      }
      return `${signature} at level ${level} but ${faults.join(' and ')}; ${fixes.join(', and ')}`;
    },
  },
  'certificate-valid': {
    summary:
      'Every certificate of a trust service a signature relies on (and of its issuers) is valid on the evaluation date; one expiring within 90 days is a warning.',
    explanation: `A signature relies on the trust services it names with \`with\` or \`timestamp\` (in \`signs\`,
\`seals\`, \`verifies\` and interface \`signature\` blocks) and on the certification authorities
above them (\`issuer\`). If any of their certificates has expired, or is not valid yet, on the
evaluation date (gea.yaml \`evaluation-date\`, today by default), new signatures cannot be made and
existing ones no longer verify. Dates are inclusive: a certificate is valid on its \`valid-until\`
day. One that expires within 90 days is a warning, so that it is renewed in time. The finding is
reported once, at the certificate, and names the signatures that rely on it.

Bad (evaluated on 2026-06-01):
  trust issuing_ca "Гэрчилгээ олгогч төв" {
    kind ca
    operator gasr
    accredited
    issuer root_ca
    certificate "MNICA-2021" { valid-from 2021-02-01 valid-until 2026-02-01 } // expired
  }

Good:
  trust issuing_ca "Гэрчилгээ олгогч төв" {
    kind ca
    operator gasr
    accredited
    issuer root_ca
    certificate "MNICA-2026" { valid-from 2026-01-15 valid-until 2031-01-15 }
  }`,
    signing: ({ system, signing, data }: { system: string; signing: string; data: string }) => `\`${system}\` ${signing} \`${data}\``,
    messageSignature: ({ api }: { api: string }) => `the message signature of interface \`${api}\``,
    notYetValid: ({
      subject,
      trust,
      validFrom,
      evaluationDate,
      relying,
    }: {
      subject: string;
      trust: string;
      validFrom: string;
      evaluationDate: string;
      relying: readonly string[];
    }) =>
      `certificate "${subject}" of trust service \`${trust}\` is not valid before ${validFrom} (evaluation date ${evaluationDate}) and is relied on by ${list(relying, 5)}; ` +
      'correct its `valid-from` or rely on a trust service whose certificate is already valid',
    expired: ({
      subject,
      trust,
      validUntil,
      evaluationDate,
      relying,
    }: {
      subject: string;
      trust: string;
      validUntil: string;
      evaluationDate: string;
      relying: readonly string[];
    }) =>
      `certificate "${subject}" of trust service \`${trust}\` expired on ${validUntil} (evaluation date ${evaluationDate}) and is relied on by ${list(relying, 5)}; ` +
      'replace it with a renewed certificate or move these signatures to a trust service whose certificate is valid',
    expiring: ({
      subject,
      trust,
      validUntil,
      days,
      evaluationDate,
      relying,
    }: {
      subject: string;
      trust: string;
      validUntil: string;
      days: number;
      evaluationDate: string;
      relying: readonly string[];
    }) =>
      `certificate "${subject}" of trust service \`${trust}\` expires on ${validUntil}, ${days} ${days === 1 ? 'day' : 'days'} after the evaluation date ${evaluationDate}, ` +
      `and is relied on by ${list(relying, 5)}; renew it before it expires`,
  },
  'long-term-validation': {
    summary: 'A signed or sealed document whose retention outlasts the signing certificate names a `timestamp` trust service of kind tsa.',
    explanation: `Once the certificate behind a signature expires, the signature can still be verified, but
only if a trusted time-stamp proves it was made while the certificate was valid. So when a
document is kept (\`retention\`, counted from the evaluation date; years are calendar years, so
\`10y\` from 2026-06-01 lasts until 2036-06-01) beyond the latest \`valid-until\`
of the certificates of the trust service it is signed or sealed \`with\`, its \`signs\` or \`seals\`
statement must name a \`timestamp\` trust service of kind \`tsa\`. (\`verifies\` and interface
signatures are not archived documents and are not checked.)

Bad:
  data marriage_cert "Гэрлэлтийн гэрчилгээ" { owner gasr kind document legally-binding retention 75y }
  trust private_ca "CA" { kind ca operator gasr certificate "PRIV-CA" { valid-from 2024-01-01 valid-until 2030-01-01 } }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca } // no timestamp
  }

Good:
  trust tsa "Цаг баталгаажуулах" { kind tsa operator gasr accredited }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca timestamp tsa }
  }`,
    unstamped: ({
      data,
      retention,
      keptUntil,
      service,
      validUntil,
      system,
      signing,
      stamp,
    }: {
      data: string;
      retention: string;
      /** The day it is kept until; `undefined` when that is after the year 9999. */
      keptUntil: string | undefined;
      service: string;
      validUntil: string;
      system: string;
      signing: string;
      stamp: string | undefined;
    }) =>
      `data asset \`${data}\` is kept for ${retention} (until ${keptUntil ?? 'after the year 9999'}), beyond the last certificate of \`${service}\` (valid until ${validUntil}), ` +
      `but \`${system}\` ${signing} it and ${stamp === undefined ? 'names no `timestamp`' : `is time-stamped by \`${stamp}\`, which is not of kind tsa`}; ` +
      'add `timestamp` with a trust service of kind `tsa` so its signatures can be verified after the certificate expires',
  },
  'open-data-allowed': {
    summary: 'A data asset published with `open { }` is public and holds no personal data.',
    explanation: `Open data is published for anyone to download and reuse, without access control and
without a way to take it back. Only a data asset classified \`public\` (an unstated
classification counts as internal) that states no \`privacy\` other than \`none\` and has no
field flagged \`personal\` or \`sensitive\` may carry an \`open { }\` block. Publish an
anonymised or aggregated asset instead. Reported at the \`open\` block.

Bad:
  data household_survey "Өрхийн судалгаа" {
    owner nso
    classification public
    field household_id string key
    field income decimal personal
    open { license "CC-BY-4.0" publisher nso cadence yearly }
  }

Good (an aggregate without personal fields is published):
  data household_income "Өрхийн орлогын дундаж" {
    owner nso
    classification public
    field aimag string key
    field mean_income decimal
    open { license "CC-BY-4.0" publisher nso cadence yearly }
  }`,
    notOpenable: ({
      data,
      classification,
      classificationStated,
      privacy,
      fields,
    }: {
      data: string;
      classification: string | undefined;
      classificationStated: boolean;
      privacy: string | undefined;
      fields: readonly string[];
    }) => {
      const reasons = [
        ...(classification === undefined
          ? []
          : [classificationStated ? `is classified \`${classification}\`` : 'states no classification (which counts as `internal`)']),
        ...(privacy === undefined ? [] : [`states \`privacy ${privacy}\``]),
        ...(fields.length === 0
          ? []
          : [
              `has ${fields.length === 1 ? 'a field' : 'fields'} flagged personal or sensitive (${fields.map((name) => `\`${name}\``).join(', ')})`,
            ]),
      ];
      return (
        `data asset \`${data}\` is published as open data but ${list(reasons)}; ` +
        'open data must be `classification public` with no personal data: publish an anonymised asset instead, or remove the `open` block'
      );
    },
  },
  'open-data-complete': {
    summary: 'An `open` block names its license, publisher and cadence.',
    explanation: `Open data is only reusable when users know the terms (\`license\`), whom to ask
(\`publisher\`, an agency) and how fresh it is (\`cadence\`: daily, weekly, monthly, quarterly,
yearly or irregular). The national open data portal needs all three. Only these three are
checked; \`formats\` is optional. Reported once per \`open\` block, listing what is missing.

Bad:
  data trade "Гадаад худалдаа" {
    owner nso
    classification public
    field hs_code string key
    open { formats csv }
  }

Good:
  data trade "Гадаад худалдаа" {
    owner nso
    classification public
    field hs_code string key
    open { license "CC-BY-4.0" publisher nso cadence monthly formats csv }
  }`,
    incomplete: ({ data, missing }: { data: string; missing: readonly ('license' | 'publisher' | 'cadence')[] }) =>
      `the \`open\` block of data asset \`${data}\` does not name its ${missing.join(', ')}; ` +
      `add ${missing.map((name) => (name === 'license' ? '`license "CC-BY-4.0"`' : name === 'publisher' ? '`publisher AGENCY`' : '`cadence monthly`')).join(', ')}`,
  },
  'base-registry-shared': {
    summary: 'A base registry is carried by at least one interface via an exchange platform.',
    explanation: `A base registry (\`base-registry\`) is an authoritative state register that the
once-only principle expects every agency to reuse rather than re-collect. That only works when
at least one interface carries it \`via\` a platform of kind \`exchange\` (the national data
exchange, ХУР). Reported at the data asset's first line at every plateau where no such
interface exists.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr kind registry base-registry field register_no string key }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }

Good:
  interface citizen_lookup "Иргэний лавлагаа" {
    provider civil_registry
    via khur
    style rest
    version "1.0.0"
    classification restricted
    operation get_citizen { method GET path "/citizens/{register_no}" output citizen { register_no } }
  }`,
    unshared: ({ data }: { data: string }) =>
      `base registry \`${data}\` is carried by no interface via an exchange platform; ` +
      'offer it through an interface `via` a platform of kind `exchange` so that other agencies reuse it instead of copying it',
  },
  'duplicate-data': {
    summary: 'Two agencies do not keep data assets with the same key and mostly the same fields.',
    explanation: `The once-only principle says that the state collects a piece of information once, in
one authoritative register, and everyone else reuses it. Two data assets of different agencies
(owners) that have a \`key\` field of the same name and, in common, at least half of the field
names of the smaller asset are probably the same data collected twice. Checked among the assets
that exist at each plateau, and reported once for each later asset in source order
(workspace-relative path, then line), at its declaration, naming the first earlier asset it
looks like and how many other earlier ones it looks like too. If the data really is the same,
consume it from its master through an interface and keep only what is your own; if it is not,
waive the finding with a reason.

Bad:
  data citizen "Иргэний бүртгэл" { owner gasr field register_no string key field surname string }

  data taxpayer "Татвар төлөгч" {
    owner mta
    field register_no string key
    field surname string
    field tin string
  }

Good (the tax authority keeps only its own data and reuses the citizen register):
  data taxpayer "Татвар төлөгч" { owner mta field tin string key field register_no string }

  system tax_registry "Татварын бүртгэл" { owner mta masters taxpayer consumes gasr_citizen_lookup { … } }`,
    lookalike: ({
      data,
      owner,
      earlier,
      earlierOwner,
      others,
      keys,
      fields,
      smaller,
    }: {
      data: string;
      owner: string;
      earlier: string;
      earlierOwner: string;
      others: number;
      keys: readonly string[];
      fields: readonly string[];
      smaller: number;
    }) =>
      `data asset \`${data}\` of \`${owner}\` looks like a copy of \`${earlier}\` of \`${earlierOwner}\`` +
      `${others === 0 ? '' : ` (and of ${others} other ${others === 1 ? 'asset' : 'assets'})`}: ` +
      `both are keyed by ${keys.map((name) => `\`${name}\``).join(', ')} and share the field names ${fields.map((name) => `\`${name}\``).join(', ')}, ` +
      `${fields.length} of the smaller asset's ${smaller}; ` +
      `if it is the same data, consume it from \`${earlier}\`'s master through an interface and keep only what is your own, otherwise waive this with a reason`,
  },
  'name-required': {
    summary: 'Every law, plateau, agency, platform, trust service, data asset, system and interface has a name in the default locale.',
    explanation: `Identifiers are for the model; diagrams, reports and the site show names. An element without a
name in the default locale appears as a bare identifier to the people who read the architecture.
Write the name as the string after the id (it is the default locale's name), or as
\`name LOCALE "…"\` with the default locale. Reported at the declaration's first line.

Bad:
  agency sia { kind agency }

Good:
  agency sia "Нийгмийн даатгалын ерөнхий газар" { kind agency }`,
    unnamed: ({ kind, element, locale, localName }: { kind: ElementKind; element: string; locale: string; localName: string }) =>
      `${label(kind, element)} has no name in the default locale \`${locale}\`; write it after the id: \`${kind} ${localName} "…"\``,
  },
  'name-translation': {
    summary: 'Every named element with a default-locale name also has a name in each other locale of `locales`.',
    explanation: `A workspace whose gea.yaml lists several \`locales\` publishes its diagrams, reports and site in
each of them; an element without a name in one of those locales shows its default-locale name
there instead. Elements without a default-locale name are \`name-required\`'s business. Reported
once per element at the declaration's first line, listing the missing locales.

Bad (locales: [mn, en]):
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { kind agency }

Good:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" {
    name en "General Authority for State Registration"
    kind agency
  }`,
    untranslated: ({ kind, element, locales }: { kind: ElementKind; element: string; locales: readonly string[] }) =>
      `${label(kind, element)} has no name in ${locales.map((locale) => `\`${locale}\``).join(', ')}; ` +
      `add ${locales.map((locale) => `\`name ${locale} "…"\``).join(', ')} to it`,
  },
  'unused-waiver': {
    summary: 'A waiver matches a finding at some plateau where it applies.',
    explanation: `A waiver records an accepted exception: which rule, on which element, why, and from and until
when. It applies at the plateaus its lifecycle allows (\`from P\` reached, \`until Q\` not yet), and
is used when it matches a finding at one of them, even if another waiver matches that finding
too. Once the model is fixed, or when the waiver names the wrong rule, element or plateaus, it
excuses nothing — and an unused waiver would silently excuse the next real problem on that
element. Remove it. Waivers apply to the integration rules only; one naming \`syntax\`,
\`unresolved-reference\`, \`duplicate-name\` or \`plateau-order\` can never match, nor can one
naming \`unused-waiver\` (an unused waiver is removed, not waived). While a name in the
workspace is unresolved, no waiver is called unused: what it excuses may be what that name hides
(a name in a view or a waiver hides nothing); and while an element lacks a required property
(\`owner-required\`, \`interface-complete\`), only waivers of those two are, since the other rules
do not judge it. A waiver \`until\` the first plateau applies nowhere: it is reported as having
expired. A check of some plateaus (\`--plateau\`) calls no waiver unused that also applies at a
plateau it did not evaluate. Reported at the waiver.

Bad (tax_system has no legacy dependency left):
  waiver direct_db { rule cross-agency-via-platform on tax_system reason "шилжилт" until target }

Good: delete the waiver once the \`depends-on\` is gone.`,
    unused: ({
      waiver,
      rule,
      on,
      plateaus,
      everywhere,
    }: {
      waiver: string;
      rule: string;
      on: string;
      plateaus: readonly string[];
      everywhere: boolean;
    }) =>
      `waiver \`${waiver}\` excuses \`${rule}\` on \`${on}\`, but that rule finds nothing there` +
      `${plateaus.length === 0 ? ' at any plateau where the waiver applies' : everywhere ? '' : ` at the plateaus where the waiver applies (${codeList(plateaus)})`}; remove the waiver`,
    appliesNowhere: ({ waiver, until }: { waiver: string; until: string }) =>
      `waiver \`${waiver}\` ends \`until ${until}\`, the first plateau, so it applies at no plateau; move its \`until\` to the plateau the exception lasts until, or remove the waiver`,
    notWaivable: ({ waiver, rule }: { waiver: string; rule: string }) =>
      `waiver \`${waiver}\` names \`${rule}\`, which cannot be waived (only integration rules can); remove the waiver and fix the model`,
    selfWaiver: ({ waiver }: { waiver: string }) =>
      `waiver \`${waiver}\` names \`unused-waiver\`, which cannot be waived: a waiver that excuses nothing is removed, not waived; remove this waiver and the one it was meant for (or set \`unused-waiver: off\` in gea.yaml)`,
  },
};
