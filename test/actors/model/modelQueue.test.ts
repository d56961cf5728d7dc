/** The model actor's waiting line: chat before background, first come first served within each. */
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { enqueue, find, without, type Waiting } from "../../../actors/model/modelQueue.js"

const entry = (requestId: string, priority: Waiting["priority"]): Waiting => ({
  requestId,
  priority,
  sender: "client@n",
})

describe("model queue", () => {
  it("puts a chat behind the chats and before the background work", () => {
    let line: ReadonlyArray<Waiting> = []
    for (const w of [
      entry("b1", "background"),
      entry("c1", "chat"),
      entry("b2", "background"),
      entry("c2", "chat"),
    ]) {
      line = enqueue(line, w)
    }
    expect(line.map((w) => w.requestId)).toEqual(["c1", "c2", "b1", "b2"])
    expect(without(line, "c2").map((w) => w.requestId)).toEqual(["c1", "b1", "b2"])
    expect(find(line, "b2")?.priority).toBe("background")
    expect(find(line, "zz")).toBeUndefined()
  })

  it("any arrival order ends as all chats, then all background, each in arrival order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("chat" as const, "background" as const)), (kinds) => {
        const arrivals = kinds.map((kind, i) => entry(`r${i}`, kind))
        const line = arrivals.reduce<ReadonlyArray<Waiting>>(enqueue, [])
        expect(line).toEqual([
          ...arrivals.filter((w) => w.priority === "chat"),
          ...arrivals.filter((w) => w.priority === "background"),
        ])
      }),
    )
  })
})
