/**
 * Why an ask got no answer: it could not be sent, nobody answered in time, or the other
 * side answered with a failure. The bus rejects asks with these; anything else it might
 * throw is reported as a RemoteFailure from the bus itself.
 */
import {
  PayloadInvalid,
  MalformedFrame,
  SchemaVersionMismatch,
  UnknownMessageType,
} from "../codec/CodecError.js"
import type { SendError } from "./Bus.js"
import {
  AskTimeout,
  BusClosed,
  MailboxFull,
  NotAccepted,
  RemoteFailure,
  UnknownNode,
  UnknownRecipient,
} from "./BusError.js"

export type AskError = SendError | AskTimeout | RemoteFailure

const knownErrors = [
  UnknownRecipient,
  UnknownNode,
  MailboxFull,
  NotAccepted,
  BusClosed,
  UnknownMessageType,
  SchemaVersionMismatch,
  PayloadInvalid,
  MalformedFrame,
  AskTimeout,
  RemoteFailure,
] as const

export const asAskError = (error: unknown): AskError => {
  for (const known of knownErrors) if (error instanceof known) return error
  return new RemoteFailure({ from: "bus", tag: "Unexpected", reason: String(error) })
}
