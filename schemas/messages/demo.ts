/** Payloads of the demo tree's placeholder messages (`demo.*`). */
import { Schema } from "effect"

const Seq = Schema.Number.pipe(Schema.int(), Schema.between(0, 0xffffffff))

export const Ping = Schema.Struct({ seq: Seq, sentAt: Schema.Number })
export const Pong = Schema.Struct({ seq: Seq, sentAt: Schema.Number })
export const Note = Schema.Struct({ seq: Seq, text: Schema.String.pipe(Schema.maxLength(4096)) })
export const Crash = Schema.Struct({ reason: Schema.String })
export const Finish = Schema.Struct({})
export const Heartbeat = Schema.Struct({ beat: Seq, from: Schema.String })
export const CountQuery = Schema.Struct({})
export const Count = Schema.Struct({ processed: Seq, seqs: Schema.Array(Seq) })
