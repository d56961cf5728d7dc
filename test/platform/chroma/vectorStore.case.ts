/**
 * What every vector store must do, run against each implementation: records round-trip,
 * queries come back nearest first by cosine distance, filters and removals hold, pages
 * cover everything once, and a bad call writes nothing.
 */
import { expect, type Vitest } from "@effect/vitest"
import { Effect } from "effect"
import type { VectorStore } from "../../../platform/chroma/VectorStore.js"

/** The i-th unit vector of `dimension`: the nearest neighbour of itself, at distance 0. */
export const unit = (i: number, dimension = 8) =>
  Array.from({ length: dimension }, (_, j) => (j === i ? 1 : 0))

const record = (i: number, metadata: VectorStore.Metadata = {}): VectorStore.Record => ({
  id: `m${i}`,
  embedding: unit(i),
  document: `memory ${i}`,
  metadata,
})

/** Eight records on the axes, even ones tagged "even", with a number and a boolean. */
const axes = Array.from({ length: 8 }, (_, i) =>
  record(i, { parity: i % 2 === 0 ? "even" : "odd", index: i, pinned: i === 3 }),
)

const ids = (matches: ReadonlyArray<VectorStore.Match>) => matches.map((match) => match.id)

export const vectorStoreContract = <R>(
  it: Vitest.MethodsNonLive<R, true>,
  /** A fresh, empty store of the implementation; each test gets its own. */
  open: Effect.Effect<VectorStore.Service, never, R>,
) => {
  it.effect("records round-trip through upsert, count and page", () =>
    Effect.gen(function* () {
      const store = yield* open
      expect(yield* store.count()).toBe(0)
      expect(yield* store.page({ offset: 0, limit: 10 })).toEqual([])
      yield* store.upsert(axes)
      expect(yield* store.count()).toBe(8)
      const all = yield* store.page({ offset: 0, limit: 100 })
      expect([...all].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        axes.map((r) => ({ ...r, embedding: [...r.embedding] })),
      )
    }),
  )

  it.effect("a query finds the nearest first, by cosine distance", () =>
    Effect.gen(function* () {
      const store = yield* open
      expect(yield* store.query(unit(0), { limit: 3 })).toEqual([])
      yield* store.upsert(axes)
      const exact = yield* store.query(unit(5), { limit: 1 })
      expect(ids(exact)).toEqual(["m5"])
      expect(exact[0]!.distance).toBeCloseTo(0, 5)

      // Halfway between m1 and m2, a bit nearer m2: cosine distances 1 - 0.6 and 1 - 0.8.
      const between = yield* store.query(Float32Array.from([0, 0.6, 0.8, 0, 0, 0, 0, 0]), {
        limit: 3,
      })
      expect(ids(between).slice(0, 2)).toEqual(["m2", "m1"])
      expect(between[0]!.distance).toBeCloseTo(0.2, 5)
      expect(between[1]!.distance).toBeCloseTo(0.4, 5)
      expect(between[2]!.distance).toBeCloseTo(1, 5)
      // Length does not matter to cosine distance.
      expect(
        ids(
          yield* store.query(
            unit(7).map((x) => x * 40),
            { limit: 1 },
          ),
        ),
      ).toEqual(["m7"])
      expect(yield* store.query(unit(0), { limit: 0 })).toEqual([])
    }),
  )

  it.effect("a query keeps only records whose metadata matches every filter value", () =>
    Effect.gen(function* () {
      const store = yield* open
      yield* store.upsert(axes)
      const odd = yield* store.query(unit(0), { limit: 8, where: { parity: "odd" } })
      expect(ids(odd).sort()).toEqual(["m1", "m3", "m5", "m7"])
      const pinned = yield* store.query(unit(0), {
        limit: 8,
        where: { parity: "odd", pinned: true },
      })
      expect(ids(pinned)).toEqual(["m3"])
      expect(yield* store.query(unit(0), { limit: 8, where: { index: 6 } })).toHaveLength(1)
      expect(yield* store.query(unit(0), { limit: 8, where: { parity: "none" } })).toEqual([])
    }),
  )

  it.effect("upsert replaces a record with the same id", () =>
    Effect.gen(function* () {
      const store = yield* open
      yield* store.upsert(axes)
      yield* store.upsert([{ id: "m0", embedding: unit(4), document: "moved", metadata: {} }])
      expect(yield* store.count()).toBe(8)
      const near4 = yield* store.query(unit(4), { limit: 2 })
      expect(ids(near4).sort()).toEqual(["m0", "m4"])
      const page = yield* store.page({ offset: 0, limit: 100 })
      expect(page.find((r) => r.id === "m0")).toEqual({
        id: "m0",
        embedding: unit(4),
        document: "moved",
        metadata: {},
      })
    }),
  )

  it.effect("remove deletes the records and ignores unknown ids", () =>
    Effect.gen(function* () {
      const store = yield* open
      yield* store.upsert(axes)
      yield* store.remove(["m1", "m2", "unknown"])
      yield* store.remove([])
      expect(yield* store.count()).toBe(6)
      const near = yield* store.query(unit(1), { limit: 8 })
      expect(ids(near)).not.toContain("m1")
      expect(ids(near)).not.toContain("m2")
      expect(near).toHaveLength(6)
    }),
  )

  it.effect("pages cover every record exactly once", () =>
    Effect.gen(function* () {
      const store = yield* open
      yield* store.upsert(axes)
      const pages = yield* Effect.forEach([0, 3, 6, 9], (offset) =>
        store.page({ offset, limit: 3 }),
      )
      expect(pages.map((page) => page.length)).toEqual([3, 3, 2, 0])
      expect(
        pages
          .flat()
          .map((r) => r.id)
          .sort(),
      ).toEqual(axes.map((r) => r.id))
    }),
  )

  it.effect("embeddings of different lengths in one call write nothing", () =>
    Effect.gen(function* () {
      const store = yield* open
      const error = yield* store
        .upsert([record(0), { ...record(1), embedding: [1, 0, 0, 0] }])
        .pipe(Effect.flip)
      expect(error).toMatchObject({
        _tag: "VectorDimensionMismatch",
        operation: "upsert",
        expected: 8,
        actual: 4,
        id: "m1",
      })
      expect(yield* store.count()).toBe(0)
    }),
  )

  it.effect("embeddings that differ from the stored dimension write nothing", () =>
    Effect.gen(function* () {
      const store = yield* open
      yield* store.upsert(axes.slice(0, 2))
      const short = [0, 1, 2, 3].map((i) => ({ ...record(10 + i), embedding: unit(i, 4) }))
      const error = yield* store.upsert(short).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "VectorDimensionMismatch", expected: 8, actual: 4 })
      expect(error.message).toContain("expected embeddings of 8 dimensions, got 4")
      expect(yield* store.count()).toBe(2)
      const query = yield* store.query(unit(0, 4), { limit: 1 }).pipe(Effect.flip)
      expect(query).toMatchObject({ _tag: "VectorDimensionMismatch", operation: "query" })
    }),
  )

  it.effect("non-finite values, repeated ids and empty embeddings write nothing", () =>
    Effect.gen(function* () {
      const store = yield* open
      const calls = [
        [record(0), { ...record(1), embedding: [Number.NaN, 0, 0, 0, 0, 0, 0, 0] }],
        [record(0), record(0)],
        [record(0), { ...record(1), embedding: [] }],
        [{ ...record(0), id: "" }],
      ]
      for (const records of calls) {
        const error = yield* store.upsert(records).pipe(Effect.flip)
        expect(error).toMatchObject({ _tag: "VectorStoreError", operation: "upsert" })
        expect(error.message).toContain("invalid input")
      }
      expect(yield* store.count()).toBe(0)
    }),
  )

  it.effect("clear empties the store and lets a rebuild use another dimension", () =>
    Effect.gen(function* () {
      const store = yield* open
      yield* store.clear()
      yield* store.upsert(axes)
      yield* store.clear()
      expect(yield* store.count()).toBe(0)
      yield* store.upsert([{ ...record(0), embedding: unit(0, 3) }])
      expect(ids(yield* store.query(unit(0, 3), { limit: 1 }))).toEqual(["m0"])
    }),
  )
}
