// The values of gea's properties as the exporter writes them: lists as `a, b`, lifecycles as
// `from current until target`, and fields, operations, events, certificates and signatures in gea's
// own syntax with every reference written as a full name.
import type { Certificate, Field, InterfaceEvent, Lifecycle, Operation, Payload, Ref, Signature, View, Waiver } from '@gea-arch/core';
import { geaString } from './fragments.js';

/** A reference as a full name; unresolved references are left out. */
export function refName(reference: Ref<{ readonly id: string }> | undefined): string | undefined {
  return reference?.declared?.id;
}

export function listValue(values: readonly string[]): string {
  return values.join(', ');
}

export function lifecycleValue(lifecycle: Lifecycle): string | undefined {
  const from = refName(lifecycle.from);
  const until = refName(lifecycle.until);
  const parts = [from && `from ${from}`, until && `until ${until}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** `register_no string "Регистрийн дугаар" key` */
export function fieldValue(field: Field): string {
  const type = field.type.primitive ?? refName(field.type.data) ?? field.type.data?.text ?? 'string';
  const flags = (['key', 'personal', 'sensitive', 'optional'] as const).filter((flag) => field[flag]);
  return [field.name, `${type}${field.type.list ? '[]' : ''}`, field.label !== undefined ? geaString(field.label) : undefined, ...flags]
    .filter(Boolean)
    .join(' ');
}

/** `citizen { register_no, surname }`, or the data asset alone when it carries every field. */
function payloadValue(payload: Payload): string | undefined {
  const data = refName(payload.data);
  if (!data) return undefined;
  if (payload.allFields) return data;
  return `${data} { ${payload.fields.map((field) => field.text).join(', ')} }`;
}

/** `get_citizen { method GET path "/citizens/{register_no}" input citizen { register_no } }` */
export function operationValue(operation: Operation): string {
  const parts = [
    operation.method && `method ${operation.method}`,
    operation.path !== undefined && `path ${geaString(operation.path)}`,
    operation.description !== undefined && `description ${geaString(operation.description)}`,
    operation.input && payloadValue(operation.input) && `input ${payloadValue(operation.input)}`,
    operation.output && payloadValue(operation.output) && `output ${payloadValue(operation.output)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `${operation.name} { ${parts.join(' ')} }` : operation.name;
}

/** `citizen_changed { payload citizen { register_no } }` */
export function eventValue(event: InterfaceEvent): string {
  const parts = [
    event.description !== undefined && `description ${geaString(event.description)}`,
    ...event.payloads.map((payload) => payloadValue(payload) && `payload ${payloadValue(payload)}`),
  ].filter(Boolean);
  return parts.length > 0 ? `${event.name} { ${parts.join(' ')} }` : event.name;
}

/** `"MNRCA" valid-from 2021-01-01 valid-until 2041-01-01 fingerprint "sha256:ab12"` */
export function certificateValue(certificate: Certificate): string {
  return [
    geaString(certificate.subject),
    certificate.validFrom && `valid-from ${certificate.validFrom}`,
    certificate.validUntil && `valid-until ${certificate.validUntil}`,
    certificate.fingerprint !== undefined && `fingerprint ${geaString(certificate.fingerprint)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** `level qualified format PAdES with mn.ndc.gov_ca timestamp mn.ndc.gov_tsa` (empty for an empty block) */
export function signatureValue(signature: Signature): string {
  return [
    signature.level && `level ${signature.level}`,
    signature.format && `format ${signature.format}`,
    refName(signature.with) && `with ${refName(signature.with)}`,
    refName(signature.timestamp) && `timestamp ${refName(signature.timestamp)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** `mn.pdp_law "8.1"` */
export function legalBasisValue(law: string, article: string | undefined): string {
  return article !== undefined ? `${law} ${geaString(article)}` : law;
}

/** `mn.tax.w1 "Шилжилт" rule cross-agency-via-platform reason "…" until target`: a waiver of the element it is written on. */
export function waiverValue(waiver: Waiver, title: string | undefined): string | undefined {
  if (!waiver.rule || waiver.reason === undefined) return undefined;
  const until = refName(waiver.until);
  return [waiver.id, title !== undefined ? geaString(title) : undefined, 'rule', waiver.rule, 'reason', geaString(waiver.reason)]
    .concat(until !== undefined ? ['until', until] : [])
    .filter((part): part is string => part !== undefined)
    .join(' ');
}

/** The references of a `view` as names; `compare` as `from to?`. */
export function viewRefs(references: View['include']): string | undefined {
  const names = references.map(refName).filter((name): name is string => name !== undefined);
  return names.length > 0 ? listValue(names) : undefined;
}
