/** Payloads of the runtime's own messages (`system.*`). */
import { Schema } from "effect"

/** A typed failure answered to an ask that could not be served. */
export const Failure = Schema.Struct({
  tag: Schema.String,
  message: Schema.String,
})
export type Failure = typeof Failure.Type

export const SupervisionDirective = Schema.Literal("restart", "stop", "escalate", "ignore")
export type SupervisionDirective = typeof SupervisionDirective.Type

/** One decision of a supervisor, published on `system.supervision`. */
export const SupervisionEvent = Schema.Struct({
  supervisor: Schema.String,
  child: Schema.String,
  directive: SupervisionDirective,
  reason: Schema.String,
  restarts: Schema.Number.pipe(Schema.int(), Schema.between(0, 0xffffffff)),
  at: Schema.Number,
})
export type SupervisionEvent = typeof SupervisionEvent.Type

export const Done = Schema.Struct({})
