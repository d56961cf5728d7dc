/** The demo tree's message types: placeholders until the companion's real actors arrive. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Demo from "../../schemas/messages/demo.js"

const proto = aico.demo.v1

export const Ping = defineMessage({ type: "demo.ping", schema: Demo.Ping, proto: proto.Ping })
export const Pong = defineMessage({ type: "demo.pong", schema: Demo.Pong, proto: proto.Pong })
export const Note = defineMessage({ type: "demo.note", schema: Demo.Note, proto: proto.Note })
export const Crash = defineMessage({ type: "demo.crash", schema: Demo.Crash, proto: proto.Crash })
export const Finish = defineMessage({
  type: "demo.finish",
  schema: Demo.Finish,
  proto: proto.Finish,
})
export const Heartbeat = defineMessage({
  type: "demo.heartbeat",
  schema: Demo.Heartbeat,
  proto: proto.Heartbeat,
})
export const CountQuery = defineMessage({
  type: "demo.count_query",
  schema: Demo.CountQuery,
  proto: proto.CountQuery,
})
export const Count = defineMessage({ type: "demo.count", schema: Demo.Count, proto: proto.Count })

export const demoMessages = [Ping, Pong, Note, Crash, Finish, Heartbeat, CountQuery, Count] as const
