// lifecycle-dependency: what a statement points to exists at every plateau at which the statement
// exists — a target state cannot consume an interface, run on a platform or sign with a CA that it
// has retired.
import type { Element, Lifecycle, Ref, Signature } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';
import { byStatement } from './statements.js';
import { boundUnknown, isAbsent } from './absent-reference.js';

export const lifecycleDependency: Rule<'lifecycle-dependency'> = {
  id: 'lifecycle-dependency',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    // `ownLifecycle`: the statement can take a `from`/`until` of its own; a property (`hosting`,
    // `via`, `issuer`, an interface's `signature`) lives as long as its element. `references` are
    // those of one statement (`masters a, b`), which is one place and so one finding.
    // `lifecycle`: the statement's own, when it has one.
    const follow = (
      holder: Element,
      keyword: string,
      references: ReadonlyArray<Ref<Element> | undefined>,
      ownLifecycle: boolean,
      lifecycle?: Lifecycle,
    ): void => {
      // Nearly every reference is there: nothing is allocated for those.
      if (!references.some(isAbsent)) return;
      // Where a lifecycle names an undeclared plateau, when the holder exists is not known.
      if (boundUnknown(holder.lifecycle) || boundUnknown(lifecycle)) return;
      const absent: Array<{ reference: Ref<Element>; target: Element }> = [];
      for (const reference of references) {
        if (isAbsent(reference) && !absent.some((a) => a.target === reference.declared))
          absent.push({ reference, target: reference.declared });
      }
      const only = absent[0]!;
      report({
        message: words.absent({
          holderKind: holder.kind,
          holder: holder.id,
          keyword,
          written: absent.map(({ reference }) => reference.text),
          targetKind: only.target.kind,
          targets: absent.map(({ target }) => target.id),
          ownLifecycle,
        }),
        source: only.reference.source,
        element: holder,
      });
    };
    const followSignature = (holder: Element, signature: Signature, ownLifecycle: boolean, lifecycle?: Lifecycle): void => {
      follow(holder, 'with', [signature.with], ownLifecycle, lifecycle);
      follow(holder, 'timestamp', [signature.timestamp], ownLifecycle, lifecycle);
    };
    for (const system of model.systems) {
      follow(system, 'hosting', [system.hosting], false);
      for (const statement of byStatement(system.masters))
        follow(
          system,
          'masters',
          statement.map((m) => m.data),
          true,
          statement[0]!.lifecycle,
        );
      for (const statement of system.stores) follow(system, 'stores', [statement.data], true, statement.lifecycle);
      for (const statement of system.consumes) follow(system, 'consumes', [statement.interface], true, statement.lifecycle);
      for (const statement of system.dependsOn) follow(system, 'depends-on', [statement.target], true, statement.lifecycle);
      for (const statement of byStatement(system.uses))
        follow(
          system,
          'uses',
          statement.map((u) => u.platform),
          true,
          statement[0]!.lifecycle,
        );
      for (const statement of system.signings) followSignature(system, statement.signature, true, statement.lifecycle);
    }
    for (const api of model.interfaces) {
      follow(api, 'via', [api.via], false);
      if (api.signature) followSignature(api, api.signature, false);
    }
    for (const trust of model.trusts) follow(trust, 'issuer', [trust.issuer], false);
  },
};
