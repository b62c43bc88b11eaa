// lifecycle-dependency: what a statement points to exists at every plateau at which the statement
// exists — a target state cannot consume an interface, run on a platform or sign with a CA that it
// has retired.
import type { Element, Ref, Signature } from '../model/types.js';
import { label } from './element-labels.js';
import type { Rule } from './rule.js';

export const lifecycleDependency: Rule = {
  id: 'lifecycle-dependency',
  severity: 'error',
  summary: 'What a statement points to (consumes, uses, hosting, via, masters, stores, depends-on, with, timestamp, issuer) exists wherever the statement does.',
  explanation: `Plateaus describe the architecture at dated states. When an element is retired (\`until\`) or
introduced later (\`from\`), the statements that point to it must follow: a system that still
consumes a retired interface, is hosted on a platform that is not yet built, or signs with a CA
that is gone describes a state that cannot work. Checked at every plateau for \`consumes\`, \`uses\`,
\`hosting\`, \`via\`, \`masters\`, \`stores\`, \`depends-on\`, \`with\`, \`timestamp\` and \`issuer\`;
reported at the statement. End the statement with the element it points to (\`until\`), or start it
when that element arrives (\`from\`).

Bad:
  interface old_lookup "Хуучин лавлагаа" { provider civil_registry  until target  … }
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
  check(ctx, report) {
    // `ownLifecycle`: the statement can take a `from`/`until` of its own; a property (`hosting`,
    // `via`, `issuer`, an interface's `signature`) lives as long as its element.
    const follow = (holder: Element, statement: string, reference: Ref<Element> | undefined, ownLifecycle: boolean): void => {
      const target = reference?.target;
      // Unresolved references are `unresolved-reference`'s business.
      if (!reference || !target || ctx.exists(target)) return;
      const fix = ownLifecycle
        ? `give the statement a lifecycle that ends with \`${target.id}\` (\`until …\`) or starts when it arrives (\`from …\`)`
        : `end or start \`${holder.id}\` with it (\`until …\`, \`from …\`)`;
      report({
        message:
          `\`${statement} ${reference.text}\` in ${label(holder)} points to ${label(target)}, which does not exist at every plateau where the statement does; ` +
          `${fix}, or point it to an element that exists then`,
        source: reference.source,
        element: holder,
      });
    };
    const followSignature = (holder: Element, signature: Signature, ownLifecycle: boolean): void => {
      follow(holder, 'with', signature.with, ownLifecycle);
      follow(holder, 'timestamp', signature.timestamp, ownLifecycle);
    };
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      follow(system, 'hosting', system.hosting, false);
      for (const statement of system.masters) if (ctx.exists(statement)) follow(system, 'masters', statement.data, true);
      for (const statement of system.stores) if (ctx.exists(statement)) follow(system, 'stores', statement.data, true);
      for (const statement of system.consumes) if (ctx.exists(statement)) follow(system, 'consumes', statement.interface, true);
      for (const statement of system.dependsOn) if (ctx.exists(statement)) follow(system, 'depends-on', statement.target, true);
      for (const statement of system.uses) if (ctx.exists(statement)) follow(system, 'uses', statement.platform, true);
      for (const statement of system.signings) if (ctx.exists(statement)) followSignature(system, statement.signature, true);
    }
    for (const api of ctx.model.interfaces) {
      if (!ctx.exists(api)) continue;
      follow(api, 'via', api.via, false);
      if (api.signature) followSignature(api, api.signature, false);
    }
    for (const trust of ctx.model.trusts) if (ctx.exists(trust)) follow(trust, 'issuer', trust.issuer, false);
  },
};
