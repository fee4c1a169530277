/**
 * Per-document values (cue masks, token ids, a term table) kept as non-enumerable symbol properties of one of the
 * document's own lists, invisible to JSON and to equality checks. Not a WeakMap: V8's young-generation collections
 * keep WeakMap entries of fresh objects alive and promote them, which cost more than the lookups saved.
 */

/** Keeps `value` on `holder` under `key`; a frozen holder (a caller's own document) is left as it is. */
export function attach(holder: object, key: symbol, value: unknown): void {
  if (Object.isExtensible(holder)) Object.defineProperty(holder, key, { value, configurable: true });
}

/** The value kept on `holder` under `key`, or undefined. */
export function attached<T>(holder: object, key: symbol): T | undefined {
  return (holder as { [key: symbol]: T | undefined })[key];
}
