// The objects a plateau's projection copies by the ten thousand (projection.ts): data assets and
// their fields, systems, interfaces and the statements in them. Each copy is one object literal
// that names every property: a spread (`{ ...data, masteredBy: NONE }`) of elements whose shapes
// vary (some have `open`, some an `owner`) takes V8's slow path: a projection at L took 150 ms
// with spreads and takes 100 ms with these literals (decision 0022). `Complete` keeps the literals
// whole: a property added to the model and not copied here does not compile. The properties every
// element has are written out in each literal: made by a helper, they would be spread in again.
import type * as m from './types.js';

/** Every property of T, the optional ones too (as undefined when absent). */
type Complete<T> = {
  -readonly [K in keyof Required<T>]: K extends keyof T ? (object extends Pick<T, K> ? T[K] | undefined : T[K]) : never;
};

/**
 * Every list of a copy that is filled in pass 2 starts as this one, shared: most of them stay
 * empty (a system's `stores`, a data asset's `signedBy`), and at national scale a new empty list
 * for each was a hundred thousand of them per plateau. A kept projection gives each list of those
 * that name an element its own, which an update refills in place.
 */
export const NONE = Object.freeze([]) as readonly never[] as never[];

/** A list of those that name an element, for a copy: its own when the projection is kept, to be refilled in place. */
export function named(kept: boolean): never[] {
  return kept ? [] : NONE;
}

/** A data asset with no fields yet and empty lists of the statements that name it. */
export function copyData(data: m.Data, kept: boolean): m.Data {
  const copy: Complete<m.Data> = {
    kind: data.kind,
    id: data.id,
    localName: data.localName,
    namespace: data.namespace,
    names: data.names,
    descriptions: data.descriptions,
    tags: data.tags,
    url: data.url,
    lifecycle: data.lifecycle,
    meta: data.meta,
    legalBasis: data.legalBasis,
    source: data.source,
    head: data.head,
    sources: data.sources,
    unreadable: data.unreadable,
    restated: data.restated,
    owner: data.owner,
    dataKind: data.dataKind,
    baseRegistry: data.baseRegistry,
    classification: data.classification,
    classificationStated: data.classificationStated,
    privacy: data.privacy,
    legallyBinding: data.legallyBinding,
    format: data.format,
    retention: data.retention,
    fields: [],
    open: data.open,
    masteredBy: named(kept),
    storedBy: named(kept),
    carriedBy: named(kept),
    signedBy: named(kept),
  };
  return copy;
}

/** A field of the data asset's copy. */
export function copyField(field: m.Field, data: m.Data): m.Field {
  const copy: Complete<m.Field> = {
    name: field.name,
    type: field.type,
    label: field.label,
    key: field.key,
    personal: field.personal,
    sensitive: field.sensitive,
    optional: field.optional,
    data,
    source: field.source,
  };
  return copy;
}

/** A system with no statements yet (pass 2 adds those that live here) and empty lists of those that name it. */
export function copySystem(system: m.System, kept: boolean): m.System {
  const copy: Complete<m.System> = {
    kind: system.kind,
    id: system.id,
    localName: system.localName,
    namespace: system.namespace,
    names: system.names,
    descriptions: system.descriptions,
    tags: system.tags,
    url: system.url,
    lifecycle: system.lifecycle,
    meta: system.meta,
    legalBasis: system.legalBasis,
    source: system.source,
    head: system.head,
    sources: system.sources,
    unreadable: system.unreadable,
    restated: system.restated,
    owner: system.owner,
    operator: system.operator,
    criticality: system.criticality,
    hosting: system.hosting,
    masters: NONE,
    stores: NONE,
    consumes: NONE,
    dependsOn: NONE,
    uses: NONE,
    signings: NONE,
    namingNothing: system.namingNothing,
    provides: named(kept),
    dependedOnBy: named(kept),
  };
  return copy;
}

/** An interface with no operations, events or payloads yet (pass 2 copies them) and an empty list of its consumers. */
export function copyInterface(api: m.Interface, kept: boolean): m.Interface {
  const copy: Complete<m.Interface> = {
    kind: api.kind,
    id: api.id,
    localName: api.localName,
    namespace: api.namespace,
    names: api.names,
    descriptions: api.descriptions,
    tags: api.tags,
    url: api.url,
    lifecycle: api.lifecycle,
    meta: api.meta,
    legalBasis: api.legalBasis,
    source: api.source,
    head: api.head,
    sources: api.sources,
    unreadable: api.unreadable,
    restated: api.restated,
    provider: api.provider,
    via: api.via,
    style: api.style,
    version: api.version,
    classification: api.classification,
    classificationStated: api.classificationStated,
    consent: api.consent,
    auth: api.auth,
    sla: api.sla,
    signature: api.signature,
    deprecated: api.deprecated,
    operations: NONE,
    events: NONE,
    payloads: NONE,
    namingNothing: api.namingNothing,
    consumedBy: named(kept),
  };
  return copy;
}

/** An agency with empty lists of those that name it. */
export function copyAgency(agency: m.Agency, kept: boolean): m.Agency {
  const copy: Complete<m.Agency> = {
    kind: agency.kind,
    id: agency.id,
    localName: agency.localName,
    namespace: agency.namespace,
    names: agency.names,
    descriptions: agency.descriptions,
    tags: agency.tags,
    url: agency.url,
    lifecycle: agency.lifecycle,
    meta: agency.meta,
    legalBasis: agency.legalBasis,
    source: agency.source,
    head: agency.head,
    sources: agency.sources,
    unreadable: agency.unreadable,
    restated: agency.restated,
    agencyKind: agency.agencyKind,
    parent: agency.parent,
    acronym: agency.acronym,
    registryCode: agency.registryCode,
    contact: agency.contact,
    children: named(kept),
    systems: named(kept),
    data: named(kept),
    operates: named(kept),
  };
  return copy;
}

export function copyMasters(statement: m.Masters, system: m.System, lifecycle: m.Lifecycle, data: m.Ref<m.Data>): m.Masters {
  const copy: Complete<m.Masters> = { kind: statement.kind, system, lifecycle, source: statement.source, data };
  return copy;
}

export function copyStores(
  statement: m.Stores,
  system: m.System,
  lifecycle: m.Lifecycle,
  data: m.Ref<m.Data>,
  fields: readonly m.Ref<m.Field>[],
): m.Stores {
  const copy: Complete<m.Stores> = {
    kind: statement.kind,
    system,
    lifecycle,
    source: statement.source,
    data,
    fields,
    allFields: statement.allFields,
  };
  return copy;
}

export function copyConsumes(
  statement: m.Consumes,
  system: m.System,
  lifecycle: m.Lifecycle,
  api: m.Ref<m.Interface>,
  legalBasis: readonly m.LegalBasis[],
): m.Consumes {
  const copy: Complete<m.Consumes> = {
    kind: statement.kind,
    system,
    lifecycle,
    source: statement.source,
    interface: api,
    purpose: statement.purpose,
    legalBasis,
    agreement: statement.agreement,
    consent: statement.consent,
    sources: statement.sources,
  };
  return copy;
}

export function copyDependsOn(statement: m.DependsOn, system: m.System, lifecycle: m.Lifecycle, target: m.Ref<m.System>): m.DependsOn {
  const copy: Complete<m.DependsOn> = {
    kind: statement.kind,
    system,
    lifecycle,
    source: statement.source,
    target,
    what: statement.what,
    dependencyKind: statement.dependencyKind,
  };
  return copy;
}

export function copyUses(statement: m.Uses, system: m.System, lifecycle: m.Lifecycle, platform: m.Ref<m.Platform>): m.Uses {
  const copy: Complete<m.Uses> = { kind: statement.kind, system, lifecycle, source: statement.source, platform };
  return copy;
}

/** A signing statement whose signature pass 2 copies once the statement's copy exists (the signature names it). */
export function copySigning(statement: m.Signing, system: m.System, lifecycle: m.Lifecycle, data: m.Ref<m.Data>): m.Signing {
  const copy: Complete<m.Signing> = {
    kind: statement.kind,
    system,
    lifecycle,
    source: statement.source,
    data,
    signature: statement.signature,
  };
  return copy;
}

export function copySignature(
  signature: m.Signature,
  owner: m.Signing | m.Interface,
  trust: m.Ref<m.Trust> | undefined,
  timestamp: m.Ref<m.Trust> | undefined,
): m.Signature {
  const copy: Complete<m.Signature> = {
    level: signature.level,
    format: signature.format,
    with: trust,
    timestamp,
    source: signature.source,
    unreadable: signature.unreadable,
    sources: signature.sources,
    owner,
  };
  return copy;
}

export function copyPayload(payload: m.Payload, api: m.Interface, data: m.Ref<m.Data>, fields: readonly m.Ref<m.Field>[]): m.Payload {
  const copy: Complete<m.Payload> = {
    role: payload.role,
    data,
    fields,
    allFields: payload.allFields,
    interface: api,
    carrier: payload.carrier,
    source: payload.source,
  };
  return copy;
}

export function copyOperation(operation: m.Operation, input: m.Payload | undefined, output: m.Payload | undefined): m.Operation {
  const copy: Complete<m.Operation> = {
    name: operation.name,
    method: operation.method,
    path: operation.path,
    description: operation.description,
    input,
    output,
    source: operation.source,
    head: operation.head,
    sources: operation.sources,
  };
  return copy;
}
