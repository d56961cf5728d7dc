/**
 * What a machine emits to talk to the rest of the system. Use with XState's `emit`:
 * `emit(({ event }) => Outgoing.reply(Pong.make({ seq: event.payload.seq, sentAt: 0 })))`.
 * The actor's cell routes them through the bus, with causation and trace taken from the
 * message being processed.
 */
import type { Message } from "../message/MessageDefinition.js"
import type { MessageMeta } from "./ActorDefinition.js"

export interface Tell {
  readonly type: "@aico.tell"
  readonly to: string
  readonly message: Message
  readonly durable: boolean
}

export interface Reply {
  readonly type: "@aico.reply"
  readonly message: Message
  /** The ask to answer; the message being processed when omitted. */
  readonly to?: MessageMeta
}

export interface Publish {
  readonly type: "@aico.publish"
  readonly topic: string
  readonly message: Message
}

export interface Log {
  readonly type: "@aico.log"
  readonly level: "debug" | "info" | "warning" | "error"
  readonly text: string
}

export type Outgoing = Tell | Reply | Publish | Log

export const tell = (
  to: string,
  message: Message,
  options?: { readonly durable?: boolean },
): Tell => ({
  type: "@aico.tell",
  to,
  message,
  durable: options?.durable ?? false,
})

export const reply = (message: Message, to?: MessageMeta): Reply =>
  to === undefined ? { type: "@aico.reply", message } : { type: "@aico.reply", message, to }

export const publish = (topic: string, message: Message): Publish => ({
  type: "@aico.publish",
  topic,
  message,
})

export const log = (level: Log["level"], text: string): Log => ({ type: "@aico.log", level, text })

const outgoingTypes: ReadonlySet<unknown> = new Set([
  "@aico.tell",
  "@aico.reply",
  "@aico.publish",
  "@aico.log",
])

/** Whether an emitted event is one the cell routes (machines may emit others for listeners). */
export const isOutgoing = (emitted: unknown): emitted is Outgoing =>
  typeof emitted === "object" && emitted !== null && outgoingTypes.has(Reflect.get(emitted, "type"))
