// Node 20 lacks Object.groupBy, which chevrotain 13 (under langium 4.4) calls while building
// the parser. This module must be imported before anything that imports langium.
declare global {
  interface ObjectConstructor {
    groupBy<K extends PropertyKey, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Partial<Record<K, T[]>>;
  }
}

if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value<K extends PropertyKey, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) {
      const groups = Object.create(null) as Record<K, T[]>;
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        (groups[key] ??= []).push(item);
      }
      return groups;
    },
  });
}

export {};
