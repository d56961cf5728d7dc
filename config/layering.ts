/**
 * Deep-merging configuration sources while remembering which source set each key, so an
 * error about `introspection.port` can say it came from `AICO_INTROSPECTION__PORT`.
 * Mappings merge key by key; lists and scalars replace; `undefined` leaves a key alone.
 */
import type { KeyPath } from "./keyPath.js"

export type Mapping = Readonly<Record<string, unknown>>

/** Merged values plus, for each key path a source set, the name of that source. */
export interface Layered {
  readonly value: Mapping
  readonly origins: ReadonlyMap<string, string>
}

export const empty: Layered = { value: {}, origins: new Map() }

/** A mapping as YAML or JSON produce it (not an array, class instance or Date). */
export const isPlainRecord = (u: unknown): u is Mapping => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false
  const proto: unknown = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}

const originKey = (path: KeyPath): string => JSON.stringify(path.map(String))

// defineProperty, not assignment: a `__proto__` key in a user file must stay a plain
// (and then rejected) key instead of replacing the object's prototype.
const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

const copy = (source: Mapping): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(source)) define(out, key, source[key])
  return out
}

const merge = (
  base: unknown,
  patch: unknown,
  path: Array<string>,
  source: string,
  origins: Map<string, string>,
): unknown => {
  if (patch === undefined) return base
  if (!isPlainRecord(patch)) {
    origins.set(originKey(path), source)
    return patch
  }
  if (!isPlainRecord(base)) origins.set(originKey(path), source)
  const out = isPlainRecord(base) ? copy(base) : {}
  for (const key of Object.keys(patch)) {
    const current = Object.hasOwn(out, key) ? out[key] : undefined
    define(out, key, merge(current, patch[key], [...path, key], source, origins))
  }
  return out
}

/**
 * Lays `patch` from `source` over `base`, placed at key path `at` (default: the root, where
 * the caller has already checked that `patch` is a mapping).
 */
export const overlay = (
  base: Layered,
  patch: unknown,
  source: string,
  at: ReadonlyArray<string> = [],
): Layered => {
  const origins = new Map(base.origins)
  const nested = at.reduceRight<unknown>((inner, key) => ({ [key]: inner }), patch)
  const value = merge(base.value, nested, [], source, origins)
  return { value: isPlainRecord(value) ? value : base.value, origins }
}

/** The source that set `path`, or the nearest ancestor that a source set. */
export const originOf = (layered: Layered, path: KeyPath): string | undefined => {
  for (let length = path.length; length >= 0; length--) {
    const origin = layered.origins.get(originKey(path.slice(0, length)))
    if (origin !== undefined) return origin
  }
  return undefined
}
