/**
 * The bus envelope as the runtime handles it: the generated protobuf type plus the
 * constructors the runtime uses. Fields at their proto3 default read as that default.
 */
import { aico } from "../../proto/generated/aico.js"
// Before any decoding: decoded strings come out flat (see the module).
import "./flatStrings.js"

export const ENVELOPE_VERSION = 1

export const Kind = aico.bus.v1.Kind
export type Kind = aico.bus.v1.Kind

/** A decoded envelope: every field present, at its proto3 default when not sent. */
export interface Envelope {
  readonly envelopeVersion: number
  readonly id: string
  readonly correlationId: string
  readonly causationId: string
  readonly sender: string
  readonly recipient: string
  readonly topic: string
  readonly kind: Kind
  readonly type: string
  readonly schemaVersion: number
  readonly timestamp: number
  readonly deadline: number
  readonly attempt: number
  readonly durable: boolean
  readonly trace?: {
    readonly traceparent?: string | null
    readonly tracestate?: string | null
  } | null
  readonly payload: Uint8Array
}
export const EnvelopeProto = aico.bus.v1.Envelope

/** The fields a sender fills in; the codec adds the envelope version. */
export interface EnvelopeFields {
  readonly id: string
  readonly kind: Kind
  readonly sender: string
  readonly recipient?: string
  readonly topic?: string
  readonly type: string
  readonly schemaVersion: number
  readonly correlationId?: string
  readonly causationId?: string
  readonly timestamp: number
  readonly deadline?: number
  readonly attempt?: number
  readonly durable?: boolean
  readonly traceparent?: string
  readonly payload: Uint8Array
}

const kindNames: Record<number, string> = {
  [Kind.KIND_TELL]: "tell",
  [Kind.KIND_ASK]: "ask",
  [Kind.KIND_REPLY]: "reply",
  [Kind.KIND_PUBLISH]: "publish",
  [Kind.KIND_ACK]: "ack",
}

/** Every envelope kind this version speaks. */
export const allKinds: ReadonlyArray<Kind> = [
  Kind.KIND_TELL,
  Kind.KIND_ASK,
  Kind.KIND_REPLY,
  Kind.KIND_PUBLISH,
  Kind.KIND_ACK,
]

export const kindName = (kind: Kind): string => kindNames[kind] ?? `kind(${kind})`
export const isKnownKind = (kind: number): kind is Kind => kindNames[kind] !== undefined

/** The protobuf message for a sender's fields, as the generated encoder takes it. */
export const envelopeMessage = (fields: EnvelopeFields): aico.bus.v1.Envelope.$Properties => ({
  envelopeVersion: ENVELOPE_VERSION,
  id: fields.id,
  kind: fields.kind,
  sender: fields.sender,
  recipient: fields.recipient ?? "",
  topic: fields.topic ?? "",
  type: fields.type,
  schemaVersion: fields.schemaVersion,
  correlationId: fields.correlationId ?? "",
  causationId: fields.causationId ?? "",
  timestamp: fields.timestamp,
  deadline: fields.deadline ?? 0,
  attempt: fields.attempt ?? 1,
  durable: fields.durable ?? false,
  trace:
    fields.traceparent === undefined ? null : { traceparent: fields.traceparent, tracestate: "" },
  payload: fields.payload,
})
