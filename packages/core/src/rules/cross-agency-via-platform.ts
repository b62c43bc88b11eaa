// cross-agency-via-platform: data crosses agency boundaries only through interfaces that run via
// an exchange platform. One finding per offending `stores`, `consumes` or `depends-on` statement.
import type { Agency, Consumes, DependsOn, Stores, System } from '../model/types.js';
import { consumersOf, everyTouched, ofKind, providedBy } from './affected.js';
import { providingAgency } from './exchange-flow.js';
import { countsAsExchange } from './facts.js';
import type { Report, Rule, RuleContext } from './rule.js';

type Context = RuleContext<'cross-agency-via-platform'>;

export const crossAgencyViaPlatform: Rule<'cross-agency-via-platform'> = {
  id: 'cross-agency-via-platform',
  severity: 'error',
  *affected(touched) {
    yield* everyTouched(touched);
    // Past what a system names: a stored asset's owner, what a consumed interface carries, its
    // platform and provider, the provider's owner, the owner of a system it depends on.
    for (const data of ofKind('data', touched.repointed)) for (const stores of data.storedBy) yield stores.system;
    yield* consumersOf(ofKind('interface', touched.repointed));
    const systems = [...ofKind('system', touched.repointed)];
    yield* consumersOf(providedBy(systems));
    for (const system of systems) for (const dependsOn of system.dependedOnBy) yield dependsOn.system;
  },
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      const owner = system.owner?.target;
      if (!owner) continue;
      for (const stores of system.stores) checkCopy(ctx, system, owner, stores, report);
      for (const consumption of system.consumes) checkConsumption(ctx, system, owner, consumption, report);
      for (const dependency of system.dependsOn) checkDependency(ctx, system, owner, dependency, report);
    }
  },
};

/** (a) a copy of another agency's data arrives through an interface via an exchange platform. */
function checkCopy({ facts, words }: Context, system: System, owner: Agency, stores: Stores, report: Report): void {
  const data = stores.data.target;
  const dataOwner = data?.owner?.target;
  if (!data || !dataOwner || dataOwner === owner) return;
  // A system that masters the asset is its source, not a copy (master-owner-match covers the ownership).
  if (facts.masteredData(system).has(data)) return;
  const received = facts.receivedData(system);
  if (!received.known || received.throughExchange.has(data)) return;
  report({
    message: words.copy({
      system: system.id,
      owner: owner.id,
      data: data.id,
      dataOwner: dataOwner.id,
      received: received.assets.has(data),
    }),
    source: stores.source,
    element: system,
  });
}

/** (b) another agency's interface is consumed only via an exchange platform. */
function checkConsumption({ words }: Context, system: System, owner: Agency, consumption: Consumes, report: Report): void {
  const api = consumption.interface.target;
  const provider = api ? providingAgency(api) : undefined;
  if (!api || !provider || provider === owner) return;
  const platform = api.via?.target;
  // A `via` that cannot be followed here is the reference rules' business, a misspelt kind the syntax error's.
  if (countsAsExchange(api)) return;
  report({
    message: words.consumption({
      system: system.id,
      owner: owner.id,
      api: api.id,
      provider: provider.id,
      platform: platform?.id,
      platformKind: platform?.platformKind,
    }),
    source: consumption.source,
    element: system,
  });
}

/** (c) no direct dependency on another agency's system. */
function checkDependency({ words }: Context, system: System, owner: Agency, dependency: DependsOn, report: Report): void {
  const target = dependency.target.target;
  const targetOwner = target?.owner?.target;
  if (!target || !targetOwner || targetOwner === owner) return;
  report({
    message: words.dependency({
      system: system.id,
      owner: owner.id,
      target: target.id,
      targetOwner: targetOwner.id,
      dependencyKind: dependency.dependencyKind,
    }),
    source: dependency.source,
    element: system,
  });
}
