/** Payloads of goal messages (`goal.*`). On the wire "" and 0 mean "not given". */
import { Schema } from "effect"

const OptionalUuid = Schema.Union(Schema.Literal(""), Schema.UUID)
const EpochMs = Schema.Number.pipe(Schema.nonNegative())
const Unit = Schema.Number.pipe(Schema.between(0, 1))
const Title = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(500))

export const GoalOrigin = Schema.Literal("user_stated", "inferred", "self_generated")
export const GoalStatus = Schema.Literal("proposed", "active", "done", "dropped")

export const GoalView = Schema.Struct({
  goalId: Schema.UUID,
  userId: OptionalUuid,
  title: Title,
  origin: GoalOrigin,
  status: GoalStatus,
  importance: Unit,
  emotionalSalience: Unit,
  progress: Unit,
  priority: Schema.Number.pipe(Schema.nonNegative()),
  /** 0: no date. */
  dueAt: EpochMs,
  createdAt: EpochMs,
  updatedAt: EpochMs,
})
export type GoalView = typeof GoalView.Type

export const GoalChange = Schema.Literal(
  "proposed",
  "activated",
  "progressed",
  "completed",
  "dropped",
  "mentioned",
)
export type GoalChange = typeof GoalChange.Type

export const GoalChanged = Schema.Struct({ goal: GoalView, change: GoalChange, at: EpochMs })
export type GoalChanged = typeof GoalChanged.Type

export const ProposeGoal = Schema.Struct({
  userId: OptionalUuid,
  title: Title,
  origin: GoalOrigin,
  importance: Unit,
  dueAt: EpochMs,
  at: EpochMs,
})
export type ProposeGoal = typeof ProposeGoal.Type

export const ListGoals = Schema.Struct({ userId: OptionalUuid, includeClosed: Schema.Boolean })
export const GoalListing = Schema.Struct({ goals: Schema.Array(GoalView) })
