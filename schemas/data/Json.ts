/** Values as PostgreSQL's jsonb columns hold them. */
import { Schema } from "effect"

const isJson = (value: unknown) => {
  const reason = notJson(value)
  return reason === undefined || `not JSON: it holds ${reason}`
}

/** Any value that a jsonb column gives back as it was stored. */
export const JsonValue = Schema.Unknown.pipe(Schema.filter(isJson))

/** A jsonb object (metadata, properties, payloads). */
export const JsonObject = Schema.Record({ key: Schema.String, value: Schema.Unknown }).pipe(
  Schema.filter(isJson),
)
export type JsonObject = typeof JsonObject.Type

/** A PostgreSQL `bigint` (counts, identity columns): pg hands it over as a decimal string. */
export const BigintColumn = Schema.NumberFromString.pipe(Schema.int())

/**
 * Why a value would not survive a trip through a jsonb column, or undefined when it would.
 * `JSON.stringify` throws on some values (bigint, cycles) but silently drops or rewrites
 * others (functions, `NaN`, a `Map`); a snapshot must come back as it went in, so all of
 * them are refused. Objects with `toJSON` (a `Date`) are judged by what `toJSON` returns,
 * as `JSON.stringify` does. Object properties holding `undefined` are fine: JSON omits
 * them, which reads back the same.
 */
export const notJson = (value: unknown): string | undefined => check(value, "$", new Set())

const check = (value: unknown, path: string, ancestors: Set<object>): string | undefined => {
  switch (typeof value) {
    case "string":
      // jsonb refuses the NUL character even when escaped.
      return value.includes("\u0000") ? `a string with a NUL character at ${path}` : undefined
    case "boolean":
      return undefined
    case "number":
      return Number.isFinite(value) ? undefined : `the number ${value} at ${path}`
    case "undefined":
    case "bigint":
    case "symbol":
    case "function":
      return `a ${typeof value} at ${path}`
  }
  if (value === null) return undefined
  const object = value as object
  if ("toJSON" in object && typeof object.toJSON === "function") {
    return check((object.toJSON as (key: string) => unknown)(""), path, ancestors)
  }
  if (ancestors.has(object)) return `a cycle at ${path}`
  ancestors.add(object)
  try {
    if (Array.isArray(object)) {
      for (let i = 0; i < object.length; i++) {
        const reason = check(object[i], `${path}[${i}]`, ancestors)
        if (reason !== undefined) return reason
      }
      return undefined
    }
    const prototype = Object.getPrototypeOf(object) as unknown
    if (prototype !== Object.prototype && prototype !== null) {
      return `a ${object.constructor?.name ?? "non-plain object"} at ${path}`
    }
    for (const [key, entry] of Object.entries(object)) {
      if (key.includes("\u0000")) return `a key with a NUL character at ${path}`
      if (entry === undefined) continue
      const reason = check(entry, `${path}.${key}`, ancestors)
      if (reason !== undefined) return reason
    }
    return undefined
  } finally {
    ancestors.delete(object)
  }
}
