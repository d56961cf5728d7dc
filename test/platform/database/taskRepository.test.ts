import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import * as TaskRepository from "../../../platform/database/repositories/TaskRepository.js"
import { TaskId, type TaskSpec } from "../../../schemas/data/Task.js"
import { databaseLayer } from "../../support/databaseLayer.js"
import { databaseKinds } from "../../support/postgres.js"

const at = (iso: string) => new Date(iso)

const spec = (name: string, nextRunAt: Date | null, enabled = true): TaskSpec => ({
  name,
  kind: "reflection",
  schedule: "0 3 * * *",
  payload: { depth: 2, user_ids: ["a"] },
  enabled,
  nextRunAt,
})

/** Lets the database clock pass a lease; the database's own sleep, not the test's clock. */
const databaseSleep = (seconds: number) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => sql`select pg_sleep(${seconds})`)

describe.each(databaseKinds)("TaskRepository on $kind", ({ options }) => {
  layer(TaskRepository.layer.pipe(Layer.provideMerge(databaseLayer(options))), {
    timeout: 60_000,
  })((it) => {
    it.effect("upserts by name, replacing the fields and keeping the id", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const created = yield* tasks.upsert(spec("upsert", at("2030-01-01T03:00:00Z")))
        expect(created.payload).toEqual({ depth: 2, user_ids: ["a"] })
        const replaced = yield* tasks.upsert({
          ...spec("upsert", null, false),
          schedule: "@hourly",
        })
        expect(replaced.id).toBe(created.id)
        expect(replaced.schedule).toBe("@hourly")
        expect(replaced.enabled).toBe(false)
        expect(replaced.nextRunAt).toBeNull()
        expect(replaced.createdAt).toEqual(created.createdAt)
      }),
    )

    it.effect("lists enabled due tasks, soonest first, and reschedules them", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const late = yield* tasks.upsert(spec("due-late", at("2001-01-01T10:00:00Z")))
        const early = yield* tasks.upsert(spec("due-early", at("2001-01-01T09:00:00Z")))
        yield* tasks.upsert(spec("due-disabled", at("2001-01-01T08:00:00Z"), false))
        yield* tasks.upsert(spec("due-future", at("2001-01-02T00:00:00Z")))
        yield* tasks.upsert(spec("due-never", null))
        const now = at("2001-01-01T10:00:00Z")
        expect((yield* tasks.due(now, 10)).map((t) => t.name)).toEqual(["due-early", "due-late"])
        expect((yield* tasks.due(now, 1)).map((t) => t.id)).toEqual([early.id])
        const moved = yield* tasks.reschedule(early.id, at("2001-01-03T00:00:00Z"))
        expect(Option.map(moved, (t) => t.nextRunAt)).toEqual(
          Option.some(at("2001-01-03T00:00:00Z")),
        )
        expect((yield* tasks.due(now, 10)).map((t) => t.id)).toEqual([late.id])
      }),
    )

    it.effect("refuses a bad spec and a run of an unknown task with RepositoryError", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const blank = yield* Effect.flip(tasks.upsert(spec("  ", null)))
        expect(blank.operation).toBe("upsert task")
        const unknown = yield* Effect.flip(
          tasks.startRun(TaskId.make("00000000-0000-4000-8000-000000000000")),
        )
        expect(unknown._tag).toBe("RepositoryError")
        expect(unknown.operation).toBe("start task run")
      }),
    )

    it.effect("gives a free lock to exactly one of two racing holders", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const task = yield* tasks.upsert(spec("race", null))
        for (let round = 0; round < 10; round++) {
          const [a, b] = yield* Effect.all(
            [tasks.tryLock(task.id, "a", 60_000), tasks.tryLock(task.id, "b", 60_000)],
            { concurrency: 2 },
          )
          expect([a, b].filter(Boolean)).toHaveLength(1)
          yield* tasks.release(task.id, a ? "a" : "b")
        }
      }),
    )

    it.effect("holds a lock until released by its holder or expired", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const task = yield* tasks.upsert(spec("lease", null))
        expect(yield* tasks.tryLock(task.id, "a", 60_000)).toBe(true)
        expect(yield* tasks.tryLock(task.id, "b", 60_000)).toBe(false)
        // Its holder renews it.
        expect(yield* tasks.tryLock(task.id, "a", 60_000)).toBe(true)
        expect(yield* tasks.release(task.id, "b")).toBe(false)
        expect(yield* tasks.tryLock(task.id, "b", 60_000)).toBe(false)
        expect(yield* tasks.release(task.id, "a")).toBe(true)
        expect(yield* tasks.tryLock(task.id, "b", 10)).toBe(true)
        yield* databaseSleep(0.05)
        expect(yield* tasks.tryLock(task.id, "a", 60_000)).toBe(true)
        expect(yield* tasks.release(task.id, "b")).toBe(false)
        const bad = yield* Effect.flip(tasks.tryLock(task.id, "a", 0))
        expect(bad.operation).toBe("lock task")
      }),
    )

    it.effect("records runs, finishes each once, newest first", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const task = yield* tasks.upsert(spec("runs", null))
        const first = yield* tasks.startRun(task.id)
        expect(first.status).toBe("running")
        expect(first.finishedAt).toBeNull()
        const done = yield* tasks.finishRun(first.id, "succeeded", { output: [1, { a_b: "c" }] })
        expect(Option.map(done, (r) => [r.status, r.output, r.error])).toEqual(
          Option.some(["succeeded", [1, { a_b: "c" }], null]),
        )
        expect(Option.isNone(yield* tasks.finishRun(first.id, "failed"))).toBe(true)
        const second = yield* tasks.startRun(task.id)
        const failed = yield* tasks.finishRun(second.id, "failed", { error: "timed out" })
        expect(Option.map(failed, (r) => [r.status, r.error, r.output])).toEqual(
          Option.some(["failed", "timed out", null]),
        )
        const runs = yield* tasks.runsOf(task.id, 10)
        expect(runs.map((r) => r.id)).toEqual([second.id, first.id])
        expect(runs.every((r) => r.finishedAt !== null)).toBe(true)
        expect((yield* tasks.runsOf(task.id, 1)).map((r) => r.id)).toEqual([second.id])
      }),
    )

    it.effect("refuses output that is not JSON, leaving the run running", () =>
      Effect.gen(function* () {
        const tasks = yield* TaskRepository.TaskRepository
        const task = yield* tasks.upsert(spec("bad-output", null))
        const run = yield* tasks.startRun(task.id)
        const refused = yield* Effect.flip(
          tasks.finishRun(run.id, "succeeded", { output: { count: 10n } }),
        )
        expect(refused.message).toMatch(/finish task run failed/)
        const [still] = yield* tasks.runsOf(task.id, 1)
        expect(still?.status).toBe("running")
      }),
    )
  })
})
