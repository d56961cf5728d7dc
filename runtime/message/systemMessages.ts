/** The runtime's own message types, registered on every node. */
import { aico } from "../../proto/generated/aico.js"
import * as System from "../../schemas/messages/system.js"
import { defineMessage } from "./MessageDefinition.js"

export const Failure = defineMessage({
  type: "system.failure",
  schema: System.Failure,
  proto: aico.bus.v1.Failure,
})

export const SupervisionEvent = defineMessage({
  type: "system.supervision",
  schema: System.SupervisionEvent,
  proto: aico.bus.v1.SupervisionEvent,
})

export const Done = defineMessage({
  type: "system.done",
  schema: System.Done,
  proto: aico.bus.v1.Done,
})

export const systemMessages = [Failure, SupervisionEvent, Done] as const
