/**
 * The journal's in-memory de-duplication memory: it keeps at least the last generation of
 * ids it was given, forgets older ones (so it stays bounded), and never confuses ids.
 */
import { describe, expect, it } from "@effect/vitest"
import { RecentIds } from "../../../runtime/journal/RecentIds.js"

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `id-${from + i}`)

describe("RecentIds", () => {
  it("remembers at least the last generation of ids, whenever it is asked", () => {
    const generation = 100
    const recent = new RecentIds(generation)
    for (let added = 1; added <= 1000; added++) {
      recent.add(`id-${added - 1}`)
      const remembered = ids(Math.max(0, added - generation), added)
      expect(remembered.every((id) => recent.has(id))).toBe(true)
    }
  })

  it("forgets ids more than two generations old, and knows no id it was not given", () => {
    const recent = new RecentIds(100)
    for (const id of ids(0, 1000)) recent.add(id)
    expect(ids(0, 800).some((id) => recent.has(id))).toBe(false)
    expect(recent.has("id-1000")).toBe(false)
    expect(recent.has("")).toBe(false)
  })
})
