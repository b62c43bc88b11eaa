// How gea's parser finishes each AST node: as Langium 4.4 does, with the per-type work done once.
// Langium fills in the default of every property a node was not assigned (an empty list, `false`)
// by listing all the properties of the node's type anew for each node, and hands the node being
// built over to what a rule called without an assignment parsed through a list of its entries: at
// national scale (366 000 nodes), a tenth of the parse in a profile.
import type { AstReflection } from 'langium';

/** A property's default value: a list (copied for each node) or a boolean. */
type DefaultValue = unknown;

/** The properties of each type that have a default value, in Langium's order, with that value. */
export class PropertyDefaults {
  private readonly byType = new Map<string, readonly (readonly [string, DefaultValue])[]>();

  constructor(private readonly reflection: AstReflection) {}

  /** Gives `node` the default value of each property it has none of, as Langium's `assignMandatoryProperties` does. */
  assign(node: { readonly $type: string }): void {
    const values = node as unknown as Record<string, unknown>;
    for (const [name, value] of this.of(node.$type)) if (values[name] === undefined) values[name] = copied(value);
  }

  private of(type: string): readonly (readonly [string, DefaultValue])[] {
    let defaults = this.byType.get(type);
    if (!defaults) {
      const properties = Object.values(this.reflection.getTypeMetaData(type).properties);
      defaults = properties
        .filter((property) => property.defaultValue !== undefined)
        .map((property) => [property.name, property.defaultValue] as const);
      this.byType.set(type, defaults);
    }
    return defaults;
  }
}

function copied(value: DefaultValue): DefaultValue {
  return Array.isArray(value) ? value.map(copied) : value;
}

/**
 * What a rule called without an assignment parsed (`target`) taking over the node being built
 * (`source`), as Langium's `assignWithoutOverride` does, without a list of `source`'s entries.
 */
export function assignWithoutOverride(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const name in source) {
    const existing = source[name];
    const value = target[name];
    if (value === undefined) {
      target[name] = existing;
    } else if (Array.isArray(value) && Array.isArray(existing)) {
      existing.push(...(value as unknown[]));
      target[name] = existing;
    }
  }
  // Langium's builder of syntax trees gives the node its own later.
  target.$cstNode = undefined;
  return target;
}
