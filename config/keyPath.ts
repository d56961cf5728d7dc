/** Dotted key paths (`bus.durable.maxAttempts`) as messages and `aico config get` spell them. */
import { Option } from "effect"

export type KeyPath = ReadonlyArray<PropertyKey>

const plainSegment = /^[\w-]+$/

/** `["log", "file", "path"]` → `log.file.path`; odd keys are quoted so the path stays readable. */
export const formatKeyPath = (path: KeyPath): string =>
  path
    .map((segment) =>
      typeof segment === "number" || (typeof segment === "string" && plainSegment.test(segment))
        ? String(segment)
        : JSON.stringify(String(segment)),
    )
    .join(".")

/** `log.file.path` → `["log", "file", "path"]`; "" is the root. */
export const parseKeyPath = (dotted: string): ReadonlyArray<string> =>
  dotted === "" ? [] : dotted.split(".")

/** The value at `path`, walking own keys of objects and numeric indices of arrays. */
export const valueAt = (root: unknown, path: KeyPath): Option.Option<unknown> => {
  let current = root
  for (const segment of path) {
    if (Array.isArray(current)) {
      const index = Number(segment)
      if (!Number.isInteger(index) || index < 0 || index >= current.length) return Option.none()
      current = current[index]
    } else if (typeof current === "object" && current !== null && Object.hasOwn(current, segment)) {
      current = Reflect.get(current, segment)
    } else {
      return Option.none()
    }
  }
  return Option.some(current)
}
