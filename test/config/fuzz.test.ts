/**
 * Whatever is thrown at the loader (random overrides, random AICO_* variables, random user
 * file text), it returns either a valid Config or a ConfigError: it never throws or dies.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, FastCheck as fc, Schema } from "effect"
import * as path from "node:path"
import { stringify } from "yaml"
import { load, type LoadOptions } from "../../config/ConfigLoader.js"
import { Config } from "../../schemas/Config.js"
import { tempDir, writeFile } from "./tempDir.js"

const leafPaths = (value: unknown, prefix: ReadonlyArray<string> = []): Array<Array<string>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, [...prefix, key]))
    : [[...prefix]]

const leaves = leafPaths(Schema.decodeUnknownSync(Config)({}))
const sections = leaves.map((leaf) => leaf.slice(0, -1)).filter((p) => p.length > 0)

const screaming = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()
const envName = (keyPath: ReadonlyArray<string>): string =>
  `AICO_${keyPath.map(screaming).join("__")}`

const key = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "toString", "node", "log", "port", "peers"),
)
const anything = fc.anything({
  key,
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withTypedArray: true,
  withSparseArray: true,
})

const nest = (keyPath: ReadonlyArray<string>, value: unknown): unknown =>
  keyPath.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value)

/** Values placed at real keys, so decoding gets past the unknown-key check. */
const aimedOverrides = fc
  .array(fc.tuple(fc.constantFrom(...leaves, ...sections), anything), { maxLength: 4 })
  .map((entries) =>
    entries.reduce<Record<string, unknown>>((acc, [keyPath, value]) => {
      const nested = nest(keyPath, value)
      return typeof nested === "object" && nested !== null ? { ...acc, ...nested } : acc
    }, {}),
  )

const envValue = fc.oneof(
  fc.string(),
  fc.integer().map(String),
  fc.constantFrom("", "~", "true", "null", "[", "{a: 1}", "- x", "&a *a", "0x10", ".inf"),
)
const env = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...leaves.map(envName), ...sections.map(envName)),
    fc.string().map((s) => `AICO_${s}`),
  ),
  envValue,
  { maxKeys: 4 },
)

const yamlText = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => stringify(value)),
  aimedOverrides.map((value) => {
    try {
      return stringify(value)
    } catch {
      return ""
    }
  }),
)

/** Never throws; a failure is always a readable ConfigError. */
const checkOutcome = (options: LoadOptions) =>
  Effect.gen(function* () {
    const result = yield* Effect.either(load(options))
    if (Either.isLeft(result)) {
      expect(result.left._tag).toBe("ConfigError")
      expect(result.left.issues.length).toBeGreaterThan(0)
      for (const line of result.left.message.split("\n")) expect(line).toMatch(/^config: /)
    } else {
      expect(Schema.is(Config)(result.right)).toBe(true)
    }
  })

const noHome = path.join("/nonexistent", "aico-fuzz-home")

describe("ConfigLoader under random input", () => {
  it.effect.prop(
    "random overrides",
    { overrides: fc.oneof(anything, aimedOverrides) },
    ({ overrides }) => checkOutcome({ env: { HOME: noHome }, overrides }),
    { fastCheck: { numRuns: 300 } },
  )

  it.effect.prop(
    "random AICO_* variables",
    { env },
    ({ env }) => checkOutcome({ env: { ...env, HOME: noHome } }),
    { fastCheck: { numRuns: 300 } },
  )

  it.scoped.prop(
    "random user file text",
    { text: yamlText },
    ({ text }) =>
      Effect.gen(function* () {
        const dir = yield* tempDir
        const file = yield* writeFile(path.join(dir, "config.yaml"), text)
        yield* checkOutcome({ env: { HOME: noHome }, userFile: file })
      }),
    { fastCheck: { numRuns: 150 } },
  )
})
