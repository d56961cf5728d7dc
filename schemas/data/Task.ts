/** Scheduled tasks, their runs, and the leases that keep two schedulers off one task. */
import { Schema } from "effect"
import { JsonObject, JsonValue } from "./Json.js"

export const TaskId = Schema.UUID.pipe(Schema.brand("TaskId"))
export type TaskId = typeof TaskId.Type

export const TaskRunId = Schema.UUID.pipe(Schema.brand("TaskRunId"))
export type TaskRunId = typeof TaskRunId.Type

export class Task extends Schema.Class<Task>("Task")({
  id: TaskId,
  name: Schema.String,
  kind: Schema.String,
  schedule: Schema.String,
  payload: JsonObject,
  enabled: Schema.Boolean,
  nextRunAt: Schema.NullOr(Schema.DateFromSelf),
  createdAt: Schema.DateFromSelf,
  updatedAt: Schema.DateFromSelf,
}) {}

/** A task as declared; upserting it by name replaces every field. */
export const TaskSpec = Schema.Struct({
  name: Schema.String.pipe(Schema.trimmed(), Schema.minLength(1), Schema.maxLength(200)),
  kind: Schema.String.pipe(Schema.minLength(1)),
  schedule: Schema.String.pipe(Schema.minLength(1)),
  payload: JsonObject,
  enabled: Schema.Boolean,
  nextRunAt: Schema.NullOr(Schema.DateFromSelf),
})
export type TaskSpec = typeof TaskSpec.Type

export const TaskRunStatus = Schema.Literal("running", "succeeded", "failed", "cancelled")
export type TaskRunStatus = typeof TaskRunStatus.Type

/** How a run can end. */
export const TaskRunOutcome = Schema.Literal("succeeded", "failed", "cancelled")
export type TaskRunOutcome = typeof TaskRunOutcome.Type

export class TaskRun extends Schema.Class<TaskRun>("TaskRun")({
  id: TaskRunId,
  taskId: TaskId,
  status: TaskRunStatus,
  startedAt: Schema.DateFromSelf,
  finishedAt: Schema.NullOr(Schema.DateFromSelf),
  error: Schema.NullOr(Schema.String),
  output: Schema.NullOr(Schema.Unknown),
}) {}

export const TaskRunResult = Schema.Struct({
  error: Schema.optional(Schema.String),
  output: Schema.optional(JsonValue),
})
export type TaskRunResult = typeof TaskRunResult.Type

/** How long a lock lasts unless released or renewed by its holder. */
export const LockTtlMs = Schema.Int.pipe(Schema.between(1, 24 * 60 * 60 * 1000))
