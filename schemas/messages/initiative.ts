/** Payloads of initiative, presence and curiosity messages. */
import { Schema } from "effect"

const EpochMs = Schema.Number.pipe(Schema.nonNegative())
const Unit = Schema.Number.pipe(Schema.between(0, 1))

export const Outcome = Schema.Literal("replied", "ignored", "told_to_stop")
export type Outcome = typeof Outcome.Type

export const InitiativeOutcome = Schema.Struct({
  initiativeId: Schema.UUID,
  kind: Schema.String.pipe(Schema.pattern(/^[a-z][a-z0-9_.-]{0,63}$/)),
  outcome: Outcome,
  at: EpochMs,
})
export type InitiativeOutcome = typeof InitiativeOutcome.Type

export const Presence = Schema.Struct({
  clients: Schema.Number.pipe(Schema.int(), Schema.nonNegative()),
  at: EpochMs,
})
export type Presence = typeof Presence.Type

export const Question = Schema.Struct({
  questionId: Schema.UUID,
  userId: Schema.Union(Schema.Literal(""), Schema.UUID),
  topic: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200)),
  text: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(2000)),
  novelty: Unit,
  interest: Unit,
  at: EpochMs,
})
export type Question = typeof Question.Type
