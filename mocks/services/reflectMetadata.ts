/**
 * @peculiar/x509 reaches its dependency-injection container (tsyringe), which
 * refuses to load unless `Reflect.getMetadata` exists (the `reflect-metadata`
 * polyfill, not installed here). This defines the few metadata functions it
 * and tslib's decorator helpers call, only when the page has none already
 * (the console or another plugin may have loaded the real polyfill).
 */
type Key = unknown;
const store = new WeakMap<object, Map<string | symbol | undefined, Map<Key, unknown>>>();

const table = (target: object, property: string | symbol | undefined, create: boolean) => {
  let byProperty = store.get(target);
  if (!byProperty) {
    if (!create) return undefined;
    byProperty = new Map();
    store.set(target, byProperty);
  }
  let entries = byProperty.get(property);
  if (!entries && create) {
    entries = new Map();
    byProperty.set(property, entries);
  }
  return entries;
};

const getOwnMetadata = (key: Key, target: object, property?: string | symbol) => table(target, property, false)?.get(key);
const hasOwnMetadata = (key: Key, target: object, property?: string | symbol) => table(target, property, false)?.has(key) ?? false;
const getMetadata = (key: Key, target: object, property?: string | symbol): unknown => {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t)) {
    if (hasOwnMetadata(key, t, property)) return getOwnMetadata(key, t, property);
  }
  return undefined;
};
const defineMetadata = (key: Key, value: unknown, target: object, property?: string | symbol) => {
  table(target, property, true)!.set(key, value);
};

const R = Reflect as unknown as Record<string, unknown>;
if (typeof R.getMetadata !== 'function') {
  Object.assign(R, {
    getOwnMetadata,
    hasOwnMetadata,
    getMetadata,
    hasMetadata: (key: Key, target: object, property?: string | symbol) => getMetadata(key, target, property) !== undefined,
    defineMetadata,
    metadata: (key: Key, value: unknown) => (target: object, property?: string | symbol) => defineMetadata(key, value, target, property),
  });
}

export {};
