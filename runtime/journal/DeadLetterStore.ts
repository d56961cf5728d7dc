/**
 * Where messages that could not be delivered or kept crashing their actor are kept,
 * inspectable and replayable — never silently dropped. The journal implements it on LMDB;
 * the data layer may implement it on PostgreSQL.
 */
import { Schema } from "effect"

export class DeadLetter extends Schema.Class<DeadLetter>("DeadLetter")({
  id: Schema.String,
  recipient: Schema.String,
  sender: Schema.String,
  type: Schema.String,
  reason: Schema.String,
  attempts: Schema.Number,
  at: Schema.Number,
  /** The encoded envelope, exactly as it arrived (replay re-sends it). */
  envelope: Schema.Uint8ArrayFromSelf,
}) {}

export interface DeadLetterStore {
  put(letter: DeadLetter): Promise<void>
  list(): ReadonlyArray<DeadLetter>
  get(id: string): DeadLetter | undefined
  remove(id: string): Promise<void>
}
