/**
 * A deep copy of JSON-like data that can never reach a prototype: `__proto__`, `constructor` and `prototype`
 * keys are dropped, and every object is a fresh plain object. Iterative, so absurd nesting cannot overflow
 * the stack; cycles are copied as cycles instead of looping forever.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function plainCopy<T>(root: T): T {
  if (!isContainer(root)) return root;
  const copies = new Map<object, Container>();
  const fresh = (source: Container): Container => {
    const copy: Container = Array.isArray(source) ? [] : {};
    copies.set(source, copy);
    pending.push([source, copy]);
    return copy;
  };
  const pending: [Container, Container][] = [];
  const result = fresh(root);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, copy] = next;
    for (const key of Object.keys(source)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const value = (source as Record<string, unknown>)[key];
      // Plain assignment is safe: the key is never `__proto__`, and `copy` is a fresh plain object or array.
      (copy as Record<string, unknown>)[key] = isContainer(value)
        ? (copies.get(value) ?? fresh(value))
        : value;
    }
  }
  return result as T;
}
