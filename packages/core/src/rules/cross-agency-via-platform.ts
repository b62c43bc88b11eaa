// cross-agency-via-platform: data crosses agency boundaries only through interfaces that run via
// an exchange platform. One finding per offending `stores`, `consumes` or `depends-on` statement.
import type { Consumes, DependsOn, Stores, System } from '../model/types.js';
import { isExchange } from './facts.js';
import { liveOwner, masteredData, providingAgency, receivedData } from './exchange-flow.js';
import type { Report, Rule, RuleContext } from './rule.js';

export const crossAgencyViaPlatform: Rule<'cross-agency-via-platform'> = {
  id: 'cross-agency-via-platform',
  severity: 'error',
  check(ctx, report) {
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      const owner = liveOwner(ctx, system);
      if (!owner) continue;
      for (const stores of system.stores) if (ctx.exists(stores)) checkCopy(ctx, system, stores, report);
      for (const consumption of system.consumes) if (ctx.exists(consumption)) checkConsumption(ctx, system, consumption, report);
      for (const dependency of system.dependsOn) if (ctx.exists(dependency)) checkDependency(ctx, system, dependency, report);
    }
  },
};

/** (a) a copy of another agency's data arrives through an interface via an exchange platform. */
function checkCopy(ctx: RuleContext, system: System, stores: Stores, report: Report): void {
  const data = ctx.live(stores.data);
  const dataOwner = data ? ctx.live(data.owner) : undefined;
  const owner = liveOwner(ctx, system);
  if (!data || !dataOwner || !owner || dataOwner === owner) return;
  // A system that masters the asset is its source, not a copy (master-owner-match covers the ownership).
  if (masteredData(ctx, system).has(data)) return;
  const received = receivedData(ctx, system);
  if (!received.known || received.throughExchange.has(data)) return;
  const how = received.fields.has(data) ? 'receives it only through interfaces that do not run via an exchange platform' : 'consumes no interface that carries it';
  report({
    message:
      `system \`${system.id}\` of agency \`${owner.id}\` stores data asset \`${data.id}\` of agency \`${dataOwner.id}\` but ${how}; ` +
      `consume an interface via an exchange platform that carries \`${data.id}\` (provided by its master system), or stop storing it`,
    source: stores.source,
    element: system,
  });
}

/** (b) another agency's interface is consumed only via an exchange platform. */
function checkConsumption(ctx: RuleContext, system: System, consumption: Consumes, report: Report): void {
  const api = ctx.live(consumption.interface);
  const provider = api ? providingAgency(ctx, api) : undefined;
  const owner = liveOwner(ctx, system);
  if (!api || !provider || !owner || provider === owner) return;
  let problem: string;
  if (!api.via) {
    problem = 'which runs via no platform';
  } else {
    const platform = ctx.live(api.via);
    if (!platform || isExchange(platform)) return;
    problem = `which runs via \`${platform.id}\`, a platform of kind \`${platform.platformKind ?? 'unstated'}\` rather than \`exchange\``;
  }
  report({
    message:
      `system \`${system.id}\` of agency \`${owner.id}\` consumes interface \`${api.id}\` of agency \`${provider.id}\`, ${problem}; ` +
      `publish \`${api.id}\` \`via\` an exchange platform (kind \`exchange\`) and consume it there`,
    source: consumption.source,
    element: system,
  });
}

/** (c) no direct dependency on another agency's system. */
function checkDependency(ctx: RuleContext, system: System, dependency: DependsOn, report: Report): void {
  const target = ctx.live(dependency.target);
  const targetOwner = liveOwner(ctx, target);
  const owner = liveOwner(ctx, system);
  if (!target || !targetOwner || !owner || targetOwner === owner) return;
  const kind = dependency.dependencyKind ? ` (\`kind ${dependency.dependencyKind}\`)` : '';
  report({
    message:
      `system \`${system.id}\` of agency \`${owner.id}\` depends directly on system \`${target.id}\` of agency \`${targetOwner.id}\`${kind}, bypassing the exchange platform; ` +
      `replace the dependency with an interface that \`${target.id}\` provides via an exchange platform, and consume it`,
    source: dependency.source,
    element: system,
  });
}
