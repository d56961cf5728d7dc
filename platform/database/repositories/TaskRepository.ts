/**
 * Scheduled tasks, their runs, and their locks. A lock is a lease: `tryLock` takes it when
 * it is free or its lease has run out, in a single statement, so of two schedulers racing
 * for one task exactly one wins.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, type Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { JsonObject } from "../../../schemas/data/Json.js"
import {
  LockTtlMs,
  Task,
  TaskId,
  TaskRun,
  TaskRunId,
  TaskRunOutcome,
  TaskRunResult,
  TaskSpec,
} from "../../../schemas/data/Task.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface TaskRepository {
  /** Creates the task named `spec.name`, or replaces its fields when it exists. */
  readonly upsert: (spec: TaskSpec) => Effect.Effect<Task, RepositoryError>
  /** Enabled tasks whose next run is at or before `now`, soonest first. */
  readonly due: (now: Date, limit: number) => Effect.Effect<ReadonlyArray<Task>, RepositoryError>
  /** Sets when the task runs next (null: not until rescheduled). */
  readonly reschedule: (
    taskId: TaskId,
    nextRunAt: Date | null,
  ) => Effect.Effect<Option.Option<Task>, RepositoryError>
  /**
   * Takes the task's lock for `ttlMs` when it is free, expired, or already `holder`'s (which
   * renews it). False when another holder has it.
   */
  readonly tryLock: (
    taskId: TaskId,
    holder: string,
    ttlMs: number,
  ) => Effect.Effect<boolean, RepositoryError>
  /** Gives the lock up if `holder` has it; true when it did. */
  readonly release: (taskId: TaskId, holder: string) => Effect.Effect<boolean, RepositoryError>
  readonly startRun: (taskId: TaskId) => Effect.Effect<TaskRun, RepositoryError>
  /** Ends a running run; none when there is no such run or it has already ended. */
  readonly finishRun: (
    runId: TaskRunId,
    status: TaskRunOutcome,
    result?: TaskRunResult,
  ) => Effect.Effect<Option.Option<TaskRun>, RepositoryError>
  /** The task's latest runs, newest first. */
  readonly runsOf: (
    taskId: TaskId,
    limit: number,
  ) => Effect.Effect<ReadonlyArray<TaskRun>, RepositoryError>
}

export const TaskRepository = Context.GenericTag<TaskRepository>("aico/TaskRepository")

const Limit = Schema.Int.pipe(Schema.between(1, 1000))
const Holder = Schema.String.pipe(Schema.minLength(1))

/** jsonb of any JSON value, sent as text: pg would turn an array into a PostgreSQL array. */
const jsonb = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const upsert = SqlSchema.single({
    Request: Schema.Struct({ id: TaskId, ...TaskSpec.fields, payload: JsonObject }),
    Result: Task,
    execute: (row) =>
      sql`insert into scheduled_tasks ${sql.insert(row)}
          on conflict (name) do update set
            kind = excluded.kind, schedule = excluded.schedule, payload = excluded.payload,
            enabled = excluded.enabled, next_run_at = excluded.next_run_at, updated_at = now()
          returning *`,
  })
  const due = SqlSchema.findAll({
    Request: Schema.Struct({ now: Schema.DateFromSelf, limit: Limit }),
    Result: Task,
    execute: ({ limit, now }) =>
      sql`select * from scheduled_tasks where enabled and next_run_at <= ${now}
          order by next_run_at, id limit ${limit}`,
  })
  const reschedule = SqlSchema.findOne({
    Request: Schema.Struct({ id: TaskId, nextRunAt: Schema.NullOr(Schema.DateFromSelf) }),
    Result: Task,
    execute: ({ id, nextRunAt }) =>
      sql`update scheduled_tasks set next_run_at = ${nextRunAt}, updated_at = now()
          where id = ${id} returning *`,
  })
  const lock = SqlSchema.findAll({
    Request: Schema.Struct({ taskId: TaskId, holder: Holder, ttlMs: LockTtlMs }),
    Result: Schema.Struct({ taskId: TaskId }),
    execute: ({ holder, taskId, ttlMs }) =>
      sql`insert into task_locks (task_id, holder, acquired_at, expires_at)
          values (${taskId}, ${holder}, now(), now() + ${ttlMs}::integer * interval '1 millisecond')
          on conflict (task_id) do update set
            holder = excluded.holder, acquired_at = excluded.acquired_at,
            expires_at = excluded.expires_at
          where task_locks.expires_at < now() or task_locks.holder = excluded.holder
          returning task_id`,
  })
  const unlock = SqlSchema.findAll({
    Request: Schema.Struct({ taskId: TaskId, holder: Holder }),
    Result: Schema.Struct({ taskId: TaskId }),
    execute: ({ holder, taskId }) =>
      sql`delete from task_locks where task_id = ${taskId} and holder = ${holder}
          returning task_id`,
  })
  const start = SqlSchema.single({
    Request: Schema.Struct({ id: TaskRunId, taskId: TaskId }),
    Result: TaskRun,
    execute: (row) =>
      sql`insert into task_runs ${sql.insert({ ...row, status: "running" })} returning *`,
  })
  const finish = SqlSchema.findOne({
    Request: Schema.Struct({
      id: TaskRunId,
      status: TaskRunOutcome,
      error: Schema.NullOr(Schema.String),
      output: Schema.NullOr(Schema.String),
    }),
    Result: TaskRun,
    execute: ({ error, id, output, status }) =>
      sql`update task_runs
          set status = ${status}, finished_at = now(), error = ${error}, output = ${output}::jsonb
          where id = ${id} and status = 'running' returning *`,
  })
  const runs = SqlSchema.findAll({
    Request: Schema.Struct({ taskId: TaskId, limit: Limit }),
    Result: TaskRun,
    execute: ({ limit, taskId }) =>
      sql`select * from task_runs where task_id = ${taskId}
          order by started_at desc, id desc limit ${limit}`,
  })

  return TaskRepository.of({
    upsert: (spec) =>
      Schema.decodeUnknown(TaskSpec)(spec).pipe(
        Effect.flatMap((input) => upsert({ id: TaskId.make(randomUUID()), ...input })),
        failsAs("upsert task"),
      ),
    due: (now, limit) => due({ now, limit }).pipe(failsAs("list due tasks")),
    reschedule: (id, nextRunAt) => reschedule({ id, nextRunAt }).pipe(failsAs("reschedule task")),
    tryLock: (taskId, holder, ttlMs) =>
      lock({ taskId, holder, ttlMs }).pipe(
        Effect.map((rows) => rows.length > 0),
        failsAs("lock task"),
      ),
    release: (taskId, holder) =>
      unlock({ taskId, holder }).pipe(
        Effect.map((rows) => rows.length > 0),
        failsAs("release task"),
      ),
    startRun: (taskId) =>
      start({ id: TaskRunId.make(randomUUID()), taskId }).pipe(failsAs("start task run")),
    finishRun: (id, status, result = {}) =>
      Schema.decodeUnknown(TaskRunResult)(result).pipe(
        Effect.flatMap(({ error, output }) =>
          finish({ id, status, error: error ?? null, output: jsonb(output) }),
        ),
        failsAs("finish task run"),
      ),
    runsOf: (taskId, limit) => runs({ taskId, limit }).pipe(failsAs("list task runs")),
  })
})

export const layer = Layer.effect(TaskRepository, make)
