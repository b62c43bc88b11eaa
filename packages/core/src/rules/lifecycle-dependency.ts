// lifecycle-dependency: what a statement points to exists at every plateau at which the statement
// exists — a target state cannot consume an interface, run on a platform or sign with a CA that it
// has retired.
import type { Element, Ref, Signature } from '../model/types.js';
import { label } from './element-labels.js';
import { listOf } from './exchange-flow.js';
import type { Rule } from './rule.js';
import { byStatement } from './statements.js';

export const lifecycleDependency: Rule = {
  id: 'lifecycle-dependency',
  severity: 'error',
  summary: 'What a statement points to (consumes, uses, hosting, via, masters, stores, depends-on, with, timestamp, issuer) exists wherever the statement does.',
  explanation: `Plateaus describe the architecture at dated states. When an element is retired (\`until\`) or
introduced later (\`from\`), the statements that point to it must follow: a system that still
consumes a retired interface, is hosted on a platform that is not yet built, or signs with a CA
that is gone describes a state that cannot work. Checked at every plateau for \`consumes\`, \`uses\`,
\`hosting\`, \`via\`, \`masters\`, \`stores\`, \`depends-on\`, \`with\`, \`timestamp\` and \`issuer\`;
reported once at the statement, naming every such element it points to. End the statement with
the element it points to (\`until\`), or start it when that element arrives (\`from\`).

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
    // `via`, `issuer`, an interface's `signature`) lives as long as its element. `references` are
    // those of one statement (`masters a, b`), which is one place and so one finding.
    const follow = (holder: Element, keyword: string, references: ReadonlyArray<Ref<Element> | undefined>, ownLifecycle: boolean): void => {
      const absent: Array<{ reference: Ref<Element>; target: Element }> = [];
      for (const reference of references) {
        const target = reference?.target;
        // Unresolved references are `unresolved-reference`'s business.
        if (reference && target && !ctx.exists(target) && !absent.some((a) => a.target === target)) absent.push({ reference, target });
      }
      const [only] = absent;
      if (!only) return;
      const several = absent.length > 1;
      const fix = ownLifecycle
        ? several
          ? 'give the statement a lifecycle that ends with them (`until …`) or starts when they arrive (`from …`)'
          : `give the statement a lifecycle that ends with \`${only.target.id}\` (\`until …\`) or starts when it arrives (\`from …\`)`
        : `end or start \`${holder.id}\` with ${several ? 'them' : 'it'} (\`until …\`, \`from …\`)`;
      const written = `${keyword} ${absent.map(({ reference }) => reference.text).join(', ')}`;
      const targets = listOf(absent.map(({ target }) => label(target)));
      report({
        message: several
          ? `\`${written}\` in ${label(holder)} points to ${targets}, which do not exist at every plateau where the statement does; ${fix}, or point it to elements that exist then`
          : `\`${written}\` in ${label(holder)} points to ${targets}, which does not exist at every plateau where the statement does; ${fix}, or point it to an element that exists then`,
        source: only.reference.source,
        element: holder,
      });
    };
    const followSignature = (holder: Element, signature: Signature, ownLifecycle: boolean): void => {
      follow(holder, 'with', [signature.with], ownLifecycle);
      follow(holder, 'timestamp', [signature.timestamp], ownLifecycle);
    };
    for (const system of ctx.model.systems) {
      if (!ctx.exists(system)) continue;
      follow(system, 'hosting', [system.hosting], false);
      for (const statement of byStatement(system.masters.filter((m) => ctx.exists(m)))) follow(system, 'masters', statement.map((m) => m.data), true);
      for (const statement of system.stores) if (ctx.exists(statement)) follow(system, 'stores', [statement.data], true);
      for (const statement of system.consumes) if (ctx.exists(statement)) follow(system, 'consumes', [statement.interface], true);
      for (const statement of system.dependsOn) if (ctx.exists(statement)) follow(system, 'depends-on', [statement.target], true);
      for (const statement of byStatement(system.uses.filter((u) => ctx.exists(u)))) follow(system, 'uses', statement.map((u) => u.platform), true);
      for (const statement of system.signings) if (ctx.exists(statement)) followSignature(system, statement.signature, true);
    }
    for (const api of ctx.model.interfaces) {
      if (!ctx.exists(api)) continue;
      follow(api, 'via', [api.via], false);
      if (api.signature) followSignature(api, api.signature, false);
    }
    for (const trust of ctx.model.trusts) if (ctx.exists(trust)) follow(trust, 'issuer', [trust.issuer], false);
  },
};
