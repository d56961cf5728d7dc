/** The goal system's `GoalStore` on PostgreSQL (`goals`, `goal_events`), titles sealed. */
import { SqlClient } from "@effect/sql"
import { Effect, Layer, Schema } from "effect"
import {
  type GoalEventRecord,
  GoalStore,
  GoalStoreError,
  type StoredGoal,
} from "../../../actors/goals/GoalStore.js"
import { GoalOrigins, GoalStatuses } from "../../../actors/goals/logic/Goal.js"
import { ContentCipher } from "../../crypto/ContentCipher.js"

const GoalRow = Schema.Struct({
  id: Schema.UUID,
  userId: Schema.NullOr(Schema.UUID),
  title: Schema.Uint8ArrayFromSelf,
  origin: Schema.Literal(...GoalOrigins),
  status: Schema.Literal(...GoalStatuses),
  importance: Schema.Number,
  emotionalSalience: Schema.Number,
  progress: Schema.Number,
  dueAt: Schema.NullOr(Schema.DateFromSelf),
  createdAt: Schema.DateFromSelf,
  updatedAt: Schema.DateFromSelf,
})
const EventRow = Schema.Struct({
  id: Schema.UUID,
  goalId: Schema.UUID,
  change: Schema.String,
  status: Schema.Literal(...GoalStatuses),
  progress: Schema.Number,
  at: Schema.DateFromSelf,
})

const failed = (operation: string) => (error: unknown) =>
  new GoalStoreError({
    reason: `${operation}: ${error instanceof Error ? error.message : String(error)}`,
  })

const contextOf = (id: string) => `goals/${id}`

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const cipher = yield* ContentCipher

  const save = (goal: StoredGoal, event: GoalEventRecord) =>
    Effect.gen(function* () {
      const title = cipher.seal(goal.title, contextOf(goal.id))
      const due = goal.dueAt === undefined ? null : new Date(goal.dueAt)
      // Only over an older version: a replayed or late write never undoes a newer one.
      yield* sql`insert into goals
          (id, user_id, title, origin, status, importance, emotional_salience, progress,
           due_at, created_at, updated_at)
        values (${goal.id}, ${goal.userId === "" ? null : goal.userId}, ${title}, ${goal.origin},
                ${goal.status}, ${goal.importance}, ${goal.emotionalSalience}, ${goal.progress},
                ${due}, ${new Date(goal.createdAt)}, ${new Date(goal.updatedAt)})
        on conflict (id) do update set
          title = excluded.title, status = excluded.status, importance = excluded.importance,
          emotional_salience = excluded.emotional_salience, progress = excluded.progress,
          due_at = excluded.due_at, updated_at = excluded.updated_at
        where goals.updated_at <= excluded.updated_at`
      yield* sql`insert into goal_events (id, goal_id, change, status, progress, at)
        values (${event.id}, ${event.goalId}, ${event.change}, ${event.status},
                ${event.progress}, ${new Date(event.at)})
        on conflict (id) do nothing`
    }).pipe(sql.withTransaction, Effect.mapError(failed(`saving goal ${goal.id}`)))

  const list = () =>
    sql`select id, user_id, title, origin, status, importance, emotional_salience, progress,
               due_at, created_at, updated_at
        from goals order by created_at, id`.pipe(
      Effect.flatMap(Schema.decodeUnknown(Schema.Array(GoalRow))),
      Effect.flatMap((rows) =>
        Effect.forEach(rows, (row) =>
          cipher.open(row.title, contextOf(row.id)).pipe(
            Effect.map((title): StoredGoal => ({
              id: row.id,
              userId: row.userId ?? "",
              title,
              origin: row.origin,
              status: row.status,
              importance: row.importance,
              emotionalSalience: row.emotionalSalience,
              progress: row.progress,
              dueAt: row.dueAt === null ? undefined : row.dueAt.getTime(),
              createdAt: row.createdAt.getTime(),
              updatedAt: row.updatedAt.getTime(),
            })),
          ),
        ),
      ),
      Effect.mapError(failed("listing goals")),
    )

  const history = (goalId: string) =>
    sql`select id, goal_id, change, status, progress, at from goal_events
        where goal_id = ${goalId} order by at, id`.pipe(
      Effect.flatMap(Schema.decodeUnknown(Schema.Array(EventRow))),
      Effect.map((rows) => rows.map((row) => ({ ...row, at: row.at.getTime() }))),
      Effect.mapError(failed(`reading the history of goal ${goalId}`)),
    )

  return GoalStore.of({ save, list, history })
})

export const layer = Layer.effect(GoalStore, make)
