/**
 * A goal the companion tracks: where it came from, how much it matters, its life cycle
 * (proposed → active → done | dropped) and its progress.
 */
export const GoalOrigins = ["user_stated", "inferred", "self_generated"] as const
export type GoalOrigin = (typeof GoalOrigins)[number]

export const GoalStatuses = ["proposed", "active", "done", "dropped"] as const
export type GoalStatus = (typeof GoalStatuses)[number]

export interface Goal {
  readonly id: string
  readonly title: string
  readonly origin: GoalOrigin
  readonly status: GoalStatus
  /** 0..1: how much it matters to the user (or to the companion, for its own goals). */
  readonly importance: number
  /** 0..1: how strongly the user felt about it when it came up. */
  readonly emotionalSalience: number
  /** 0..1. */
  readonly progress: number
  /** Epoch ms, if the goal has a date. */
  readonly dueAt: number | undefined
  readonly createdAt: number
  readonly updatedAt: number
}

/** Which status may follow which: done and dropped are final. */
const allowed: Readonly<Record<GoalStatus, ReadonlyArray<GoalStatus>>> = {
  proposed: ["active", "dropped"],
  active: ["done", "dropped"],
  done: [],
  dropped: [],
}

export const canMove = (from: GoalStatus, to: GoalStatus) => allowed[from].includes(to)
