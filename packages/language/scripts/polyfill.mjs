// Node 20 lacks Object.groupBy, which chevrotain 13 (via langium 4.4) calls; see src/polyfill.ts.
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, keyOf) {
      const groups = Object.create(null);
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        (groups[key] ??= []).push(item);
      }
      return groups;
    },
  });
}
