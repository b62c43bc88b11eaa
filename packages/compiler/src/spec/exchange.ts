// What one interface exchanges, read off the whole model once for every spec of it: its messages
// (operation inputs and outputs, event payloads) with their fields, the data assets those fields
// refer to, the consumptions, the trust services its signature relies on, and its status at each
// plateau.
import {
  existsAt,
  fieldPrivacy,
  type Agency,
  type Consumes,
  type Data,
  type Field,
  type Interface,
  type InterfaceEvent,
  type Operation,
  type Payload,
  type Plateau,
  type Platform,
  type SemanticModel,
  type System,
  type Trust,
} from '@gea-arch/core';

/** One payload of an operation or event, with the fields it carries. */
export interface Message {
  readonly payload: Payload;
  /** The data asset, when its reference resolved. */
  readonly data: Data | undefined;
  /** The fields carried: those listed, or all of the asset's. */
  readonly fields: readonly Field[];
}

export interface OperationMessages {
  readonly operation: Operation;
  readonly name: string;
  readonly input?: Message;
  readonly output?: Message;
}

export interface EventMessages {
  readonly event: InterfaceEvent;
  readonly name: string;
  readonly payloads: readonly Message[];
}

/** Where an element stands at one plateau. */
export type PlateauState = 'planned' | 'active' | 'deprecated' | 'retired';

export interface PlateauStatus {
  readonly plateau: Plateau;
  readonly state: PlateauState;
}

export interface Exchange {
  readonly api: Interface;
  readonly provider: System | undefined;
  /** The provider's owner. */
  readonly agency: Agency | undefined;
  readonly platform: Platform | undefined;
  readonly operations: readonly OperationMessages[];
  readonly events: readonly EventMessages[];
  /** Every message, in source order. */
  readonly messages: readonly Message[];
  /** The data assets carried, then those their fields refer to (transitively), each once. */
  readonly data: readonly Data[];
  readonly consumptions: readonly Consumes[];
  /** The trust services the message signature names, with the issuers above them, each once. */
  readonly trusts: readonly Trust[];
  readonly status: readonly PlateauStatus[];
}

export function exchangeOf(api: Interface, model: SemanticModel): Exchange {
  const provider = api.provider?.target;
  const message = (payload: Payload | undefined): Message | undefined => (payload ? messageOf(payload) : undefined);
  const operations = api.operations.map((operation) => ({
    operation,
    name: operation.name,
    input: message(operation.input),
    output: message(operation.output),
  }));
  const events = api.events.map((event) => ({ event, name: event.name, payloads: event.payloads.map(messageOf) }));
  const messages = api.payloads.map(messageOf);
  return {
    api,
    provider,
    agency: provider?.owner?.target,
    platform: api.via?.target,
    operations,
    events,
    messages,
    data: dataCarried(messages),
    consumptions: api.consumedBy,
    trusts: trustsOf(api),
    status: statusOf(api, model.plateaus),
  };
}

function messageOf(payload: Payload): Message {
  const data = payload.data.target;
  const fields = payload.allFields ? (data?.fields ?? []) : payload.fields.flatMap((ref) => (ref.target ? [ref.target] : []));
  return { payload, data, fields };
}

/** The assets of the messages, then every asset a field's type refers to, breadth first. */
function dataCarried(messages: readonly Message[]): Data[] {
  const seen = new Set<Data>();
  const queue: Data[] = [];
  const add = (data: Data | undefined) => {
    if (data && !seen.has(data)) {
      seen.add(data);
      queue.push(data);
    }
  };
  for (const message of messages) add(message.data);
  for (const message of messages) for (const field of message.fields) add(field.type.data?.target);
  for (let index = 0; index < queue.length; index++) for (const field of queue[index]!.fields) add(field.type.data?.target);
  return queue;
}

/** The data assets that the types of some fields refer to, transitively, each once. */
export function referencedData(fields: readonly Field[]): Data[] {
  const seen = new Set<Data>();
  const queue: Data[] = [];
  const visit = (field: Field) => {
    const data = field.type.data?.target;
    if (data && !seen.has(data)) {
      seen.add(data);
      queue.push(data);
    }
  };
  fields.forEach(visit);
  for (let index = 0; index < queue.length; index++) queue[index]!.fields.forEach(visit);
  return queue;
}

function trustsOf(api: Interface): Trust[] {
  const trusts: Trust[] = [];
  const add = (trust: Trust | undefined) => {
    for (let current = trust; current && !trusts.includes(current); current = current.issuer?.target) trusts.push(current);
  };
  add(api.signature?.with?.target);
  add(api.signature?.timestamp?.target);
  return trusts;
}

/** `planned` before it exists, `retired` after, `deprecated` or `active` while it does. */
export function statusOf(api: Interface, plateaus: readonly Plateau[]): PlateauStatus[] {
  const from = api.lifecycle.from?.target;
  return plateaus.map((plateau) => {
    if (existsAt(api, plateau)) return { plateau, state: api.deprecated ? 'deprecated' : 'active' };
    return { plateau, state: from && from.date > plateau.date ? 'planned' : 'retired' };
  });
}

/** The plateaus at which a consumption takes place: it, its system and the interface all exist. */
export function consumptionPlateaus(consumes: Consumes, api: Interface, plateaus: readonly Plateau[]): Plateau[] {
  return plateaus.filter((plateau) => existsAt(consumes, plateau) && existsAt(api, plateau));
}

/** Whether a field counts as personal or sensitive: its own flag, or the asset's `privacy` (as the rules count it). */
export function privacyOf(field: Field): { readonly personal: boolean; readonly sensitive: boolean } {
  const privacy = fieldPrivacy(field);
  return { personal: privacy !== 'none', sensitive: privacy === 'sensitive' };
}
