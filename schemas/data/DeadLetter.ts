/**
 * The runtime's `DeadLetter` as a `dead_letters` row: `at` (epoch milliseconds) is the
 * `failed_at` timestamp, the envelope bytes are `bytea`.
 */
import { Schema } from "effect"
import { DeadLetter } from "../../runtime/journal/DeadLetterStore.js"

export const DeadLetterRow = Schema.Struct({
  id: Schema.String,
  recipient: Schema.String,
  sender: Schema.String,
  type: Schema.String,
  reason: Schema.String,
  attempts: Schema.Int,
  failedAt: Schema.DateFromSelf,
  envelope: Schema.Uint8ArrayFromSelf,
})

/** Rows decode to dead letters; dead letters encode to rows. */
export const DeadLetterFromRow = Schema.transform(DeadLetterRow, DeadLetter, {
  strict: true,
  decode: ({ failedAt, envelope, ...row }) => ({
    ...row,
    at: failedAt.getTime(),
    // pg returns a Buffer; callers compare and re-send plain bytes.
    envelope: new Uint8Array(envelope),
  }),
  encode: ({ at, ...letter }) => ({ ...letter, failedAt: new Date(at) }),
})
