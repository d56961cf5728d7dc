/**
 * Why a frame, an envelope or a payload was refused. These travel back to senders as
 * `system.failure` replies, so they are Schema-tagged errors.
 */
import { Schema } from "effect"

export class MalformedFrame extends Schema.TaggedError<MalformedFrame>()("MalformedFrame", {
  reason: Schema.String,
}) {
  override get message() {
    return `malformed frame: ${this.reason}`
  }
}

export class UnsupportedEnvelopeVersion extends Schema.TaggedError<UnsupportedEnvelopeVersion>()(
  "UnsupportedEnvelopeVersion",
  { version: Schema.Number, supported: Schema.Number },
) {
  override get message() {
    return `envelope version ${this.version} is not supported (this node speaks ${this.supported})`
  }
}

export class UnknownMessageType extends Schema.TaggedError<UnknownMessageType>()(
  "UnknownMessageType",
  { type: Schema.String },
) {
  override get message() {
    return `unknown message type "${this.type}"`
  }
}

export class SchemaVersionMismatch extends Schema.TaggedError<SchemaVersionMismatch>()(
  "SchemaVersionMismatch",
  { type: Schema.String, version: Schema.Number, expected: Schema.Number },
) {
  override get message() {
    return `message type "${this.type}" version ${this.version} does not match the registered version ${this.expected}`
  }
}

export class PayloadInvalid extends Schema.TaggedError<PayloadInvalid>()("PayloadInvalid", {
  type: Schema.String,
  issue: Schema.String,
}) {
  override get message() {
    return `payload of "${this.type}" is invalid: ${this.issue}`
  }
}

export type EnvelopeError = MalformedFrame | UnsupportedEnvelopeVersion
export type PayloadError =
  UnknownMessageType | SchemaVersionMismatch | PayloadInvalid | MalformedFrame
export type CodecError = EnvelopeError | PayloadError
