// modelAt: the model at one plateau holds exactly what exists there, with references re-pointed,
// so that rules and views need no lifecycle guards of their own.
import { describe, expect, it } from 'vitest';
import {
  type Element,
  existsAt,
  modelAt,
  modelAtStepwise,
  type Plateau,
  type Ref,
  type Relation,
  type SemanticModel,
  type System,
} from '@gea-arch/core';
import { analyze, conformanceEntries } from '@gea-arch/fixtures';

async function modelOf(sources: string | Record<string, string>): Promise<SemanticModel> {
  return (await analyze(sources, { rules: [] })).model;
}

function relationsOf(element: Element): Relation[] {
  return element.kind === 'system'
    ? [...element.masters, ...element.stores, ...element.consumes, ...element.dependsOn, ...element.uses, ...element.signings]
    : [];
}

function referencesOf(element: Element): Array<Ref<Element> | undefined> {
  switch (element.kind) {
    case 'agency':
      return [element.parent];
    case 'platform':
      return [element.operator];
    case 'trust':
      return [element.operator, element.issuer];
    case 'data':
      return [element.owner, element.open?.publisher];
    case 'system':
      return [
        element.owner,
        element.operator,
        element.hosting,
        ...element.masters.map((s) => s.data),
        ...element.stores.map((s) => s.data),
        ...element.consumes.map((s) => s.interface),
        ...element.dependsOn.map((s) => s.target),
        ...element.uses.map((s) => s.platform),
        ...element.signings.flatMap((s) => [s.data, s.signature.with, s.signature.timestamp]),
      ];
    case 'interface':
      return [element.provider, element.via, element.signature?.with, ...element.payloads.map((p) => p.data)];
    case 'waiver':
      return [element.on];
    default:
      return [];
  }
}

/** Properties a copy holds the plateau's own version of: re-pointed references, filtered lists, copied parts. */
const REPROJECTED = new Set(['lifecycle', 'legalBasis', 'open', 'type', 'signature', 'input', 'output']);

/**
 * A copy has every property of what it copies, and the same value where nothing is re-pointed:
 * strings, numbers, flags, lists of those and the parts that name no element (names, sources, SLA).
 */
function expectSameProperties(whole: object, copy: object, what: string): void {
  const copied = copy as Record<string, unknown>;
  for (const [key, value] of Object.entries(whole)) {
    expect(key in copy, `${what}: ${key}`).toBe(true);
    if (REPROJECTED.has(key)) continue;
    const primitive = (item: unknown) => item === null || typeof item !== 'object';
    if (Array.isArray(value)) {
      if (value.every(primitive)) expect(copied[key], `${what}: ${key}`).toEqual(value);
    } else if (primitive(value) || !('kind' in value || 'declared' in value || 'localName' in value)) {
      expect(copied[key], `${what}: ${key}`).toBe(value);
    }
  }
}

/** The parts of an element a projection copies, each with where it is in the element. */
function partsOf(element: Element): Array<[string, object]> {
  const parts: Array<[string, object]> = [[element.id, element]];
  if (element.kind === 'data') parts.push(...element.fields.map((field): [string, object] => [`${element.id}.${field.name}`, field]));
  if (element.kind === 'interface') {
    parts.push(...element.payloads.map((payload, index): [string, object] => [`${element.id} payload ${index}`, payload]));
    parts.push(...element.operations.map((operation): [string, object] => [`${element.id} operation ${operation.name}`, operation]));
    if (element.signature) parts.push([`${element.id} signature`, element.signature]);
  }
  for (const relation of relationsOf(element)) {
    parts.push([`${element.id} ${relation.kind} ${relation.source.start.line}`, relation]);
    if ('signature' in relation) parts.push([`${element.id} signature ${relation.source.start.line}`, relation.signature]);
  }
  return parts;
}

/** Every way the projection must agree with filtering the whole model by hand. */
function checkProjection(model: SemanticModel, plateau: Plateau): void {
  const at = modelAt(model, plateau);
  expect(at.plateau.id).toBe(plateau.id);
  const expected = model.elements.filter((element) => element.kind === 'plateau' || existsAt(element, plateau));
  expect(at.elements.map((e) => `${e.kind} ${e.id}`)).toEqual(expected.map((e) => `${e.kind} ${e.id}`));
  expected.forEach((whole, index) => {
    const copy = at.elements[index]!;
    const live = relationsOf(whole).filter((relation) => existsAt(relation, plateau));
    if (live.length === relationsOf(whole).length) {
      const wholeParts = partsOf(whole);
      const copyParts = partsOf(copy);
      expect(copyParts.map(([what]) => what)).toEqual(wholeParts.map(([what]) => what));
      wholeParts.forEach(([what, part], partIndex) => expectSameProperties(part, copyParts[partIndex]![1], what));
    }
    expect(relationsOf(copy).map((r) => `${r.kind} ${r.source.start.line}`)).toEqual(live.map((r) => `${r.kind} ${r.source.start.line}`));
    for (const relation of relationsOf(copy)) expect(relation.system).toBe(copy);
    for (const reference of referencesOf(copy)) {
      if (!reference) continue;
      const declared = reference.declared;
      expect(reference.target?.id, `${copy.id}: ${reference.text}`).toBe(declared && existsAt(declared, plateau) ? declared.id : undefined);
      if (reference.target) expect(at.elements).toContain(reference.target);
    }
  });
  for (const data of at.data) {
    for (const statement of data.masteredBy) expect(at.systems).toContain(statement.system);
    for (const payload of data.carriedBy) expect(at.interfaces).toContain(payload.interface);
    for (const field of data.fields) expect(field.data).toBe(data);
  }
  for (const api of at.interfaces) for (const consumes of api.consumedBy) expect(consumes.system.consumes).toContain(consumes);
  for (const agency of at.agencies) for (const system of agency.systems) expect(system.owner?.target).toBe(agency);
  checkIds(model, at);
}

/** `byId` answers as a map of the copies, in the whole model's order, would; `at` gives each element's copy. */
function checkIds(model: SemanticModel, at: ReturnType<typeof modelAt>): void {
  const copyOf = new Map(expectedLive(model, at.plateau).map((whole, index) => [whole, at.elements[index]!]));
  const expected = new Map([...model.byId].flatMap(([id, whole]) => (copyOf.has(whole) ? [[id, copyOf.get(whole)!] as const] : [])));
  expect([...at.byId]).toEqual([...expected]);
  expect([...at.byId.keys()]).toEqual([...expected.keys()]);
  expect([...at.byId.values()]).toEqual([...expected.values()]);
  expect(at.byId.size).toBe(expected.size);
  const visited: string[] = [];
  at.byId.forEach((element, id, map) => {
    expect(element).toBe(expected.get(id));
    expect(map).toBe(at.byId);
    visited.push(id);
  });
  expect(visited).toEqual([...expected.keys()]);
  for (const id of model.byId.keys()) {
    expect(at.byId.get(id)).toBe(expected.get(id));
    expect(at.byId.has(id)).toBe(expected.has(id));
  }
  expect(at.byId.get('no such id')).toBeUndefined();
  for (const whole of model.elements) expect(at.at(whole)).toBe(copyOf.get(whole));
}

function expectedLive(model: SemanticModel, plateau: Plateau): Element[] {
  const whole = model.plateaus.find((p) => p.id === plateau.id)!;
  return model.elements.filter((element) => element.kind === 'plateau' || existsAt(element, whole));
}

describe('modelAt', () => {
  for (const entry of conformanceEntries()) {
    it(`agrees with the lifecycles of ${entry.name} at each of its plateaus`, async () => {
      const model = await modelOf(entry.sources);
      for (const plateau of model.plateaus) checkProjection(model, plateau);
    });
  }

  it('leaves out a retired system and its statements, and re-points what named it', async () => {
    const model = await modelOf(`
      plateau current "Одоо" { date 2026-01-01 }
      plateau target "Зорилт" { date 2028-12-31 }
      agency gasr "А" { kind agency }
      data citizen "Иргэн" { owner gasr field id string key }
      system legacy "Хуучин" { owner gasr until target masters citizen }
      system next "Шинэ" { owner gasr from target masters citizen }
      interface lookup "Лавлагаа" { provider legacy style rest version "1" }
      system reader "Уншигч" { owner gasr consumes lookup { until target } stores citizen (from target) }`);
    const [current, target] = model.plateaus;
    const now = modelAt(model, current!);
    const later = modelAt(model, target!);
    expect(now.data[0]!.masteredBy.map((s) => s.system.id)).toEqual(['legacy']);
    expect(later.data[0]!.masteredBy.map((s) => s.system.id)).toEqual(['next']);
    expect(later.systems.map((s) => s.id)).toEqual(['next', 'reader']);
    const lookup = later.interfaces[0]!;
    expect(lookup.provider?.target).toBeUndefined();
    expect(lookup.provider?.declared?.id).toBe('legacy');
    expect(lookup.consumedBy).toEqual([]);
    expect(later.systems[1]!.stores).toHaveLength(1);
    expect(now.systems.find((s) => s.id === 'reader')!.stores).toHaveLength(0);
    expect(later.byId.get('legacy')).toBeUndefined();
  });

  it('answers naive questions correctly: who masters what at each plateau', async () => {
    const model = await modelOf(`
      plateau a "А" { date 2026-01-01 }
      plateau b "Б" { date 2027-01-01 }
      agency o "О" { kind agency }
      data d "Д" { owner o field id string key }
      system s1 "С1" { owner o masters d (until b) }
      system s2 "С2" { owner o masters d (from b) }`);
    const mastersAt = (plateau: Plateau) => modelAt(model, plateau).data[0]!.masteredBy.length;
    expect(model.plateaus.map(mastersAt)).toEqual([1, 1]);
  });

  it('shares what the plateau does not change: laws, plateaus, and the references, lifecycles and legal bases that name only them', async () => {
    const model = await modelOf(`
      plateau current "Одоо" { date 2026-01-01 }
      plateau target "Зорилт" { date 2028-12-31 }
      law base "Үндсэн хууль"
      law old "Хуучин хууль" { until target }
      agency gasr "А" { kind agency legal-basis base }
      agency tax "Т" { kind agency legal-basis base legal-basis old }
      data citizen "Иргэн" { owner gasr field id string key }
      system registry "Бүртгэл" { owner gasr masters citizen (from target) }`);
    const [current, target] = model.plateaus;
    const now = modelAt(model, current!);
    const later = modelAt(model, target!);
    const whole = (id: string) => model.byId.get(id)!;
    expect(now.plateaus).toEqual(model.plateaus);
    expect(now.plateaus[1]).toBe(target);
    expect(later.plateau).toBe(target);
    expect(now.laws).toEqual([whole('base'), whole('old')]);
    expect(later.laws).toEqual([whole('base')]);
    const gasr = now.byId.get('gasr')!;
    expect(gasr).not.toBe(whole('gasr'));
    expect(gasr.legalBasis).toBe(whole('gasr').legalBasis);
    expect(gasr.legalBasis[0]!.law.target).toBe(now.byId.get('base'));
    // `old` is gone at the target: the legal basis that names it is a copy that names nothing there.
    expect(now.byId.get('tax')!.legalBasis).toBe(whole('tax').legalBasis);
    const tax = later.byId.get('tax')!;
    expect(tax.legalBasis).not.toBe(whole('tax').legalBasis);
    expect(tax.legalBasis[0]).toBe(whole('tax').legalBasis[0]);
    expect(tax.legalBasis[1]!.law.target).toBeUndefined();
    expect(tax.legalBasis[1]!.law.declared).toBe(whole('old'));
    const masters = later.systems[0]!.masters[0]!;
    const wholeMasters = (whole('registry') as System).masters[0]!;
    expect(masters.lifecycle).toBe(wholeMasters.lifecycle);
    expect(masters.lifecycle.from?.target).toBe(later.plateau);
    expect(masters.data.target).toBe(later.data[0]);
    expect(masters.data).not.toBe(wholeMasters.data);
  });

  it('is made once per model and plateau and shared frozen, so no reader can change it for the next', async () => {
    const model = await modelOf(`
      plateau current "Одоо" { date 2026-01-01 }
      plateau target "Зорилт" { date 2028-12-31 }
      agency gasr "УБЕГ" { kind agency }
      system registry "Бүртгэл" { owner gasr until target }`);
    const [current, target] = model.plateaus;
    const now = modelAt(model, current!);
    expect(modelAt(model, current!)).toBe(now);
    expect(modelAt(model, target!)).not.toBe(now);
    expect(modelAt({ ...model }, current!)).not.toBe(now);
    expect(Object.isFrozen(now)).toBe(true);
    for (const list of [now.elements, now.plateaus, now.agencies, now.systems, now.data, now.interfaces, now.views]) {
      expect(Object.isFrozen(list)).toBe(true);
    }
    expect(() => (now.systems as System[]).pop()).toThrow(TypeError);
    expect(modelAt(model, current!).systems.map((system) => system.id)).toEqual(['registry']);
  });

  it('is made a step at a time for the language server, a bounded share of the elements each, as when made at once', async () => {
    // 5 000 systems under 50 agencies, a tenth of them retired at the target plateau.
    const agencies = Array.from({ length: 50 }, (_, index) => `agency a${index} "Агентлаг ${index}" { kind agency }`);
    const systems = Array.from(
      { length: 5000 },
      (_, index) => `system s${index} "Систем ${index}" { owner a${index % 50}${index % 10 === 0 ? ' until target' : ''} }`,
    );
    const text = ['plateau current { date 2026-01-01 }', 'plateau target { date 2028-12-31 }', ...agencies, ...systems].join('\n');
    // A copy of the analysed model: the analysis made its projections already.
    const model = { ...(await modelOf(text)) };
    const target = model.plateaus[1]!;
    const steps = modelAtStepwise(model, target);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // Two passes over the 4 552 elements there, a yield every 2 000.
    expect(yields).toBeGreaterThanOrEqual(4);
    expect(yields).toBeLessThanOrEqual(6);
    expect(modelAt(model, target)).toBe(step.value);
    const atOnce = modelAt({ ...model }, target);
    const summary = (at: typeof atOnce) =>
      at.agencies.map((agency) => `${agency.id}: ${agency.systems.map((system) => system.id).join(' ')}`);
    expect(summary(step.value)).toEqual(summary(atOnce));
    expect(step.value.systems).toHaveLength(4500);

    // A projection left half made is not kept: the next one asked for is made whole.
    const other = { ...model };
    const abandoned = modelAtStepwise(other, target);
    abandoned.next();
    abandoned.next();
    expect(summary(modelAt(other, target))).toEqual(summary(atOnce));
  });
});
