/** Initiative outcomes (`initiative.outcome`) and client presence (`gateway.presence`). */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Initiative from "../../schemas/messages/initiative.js"

const proto = aico.initiative.v1

export const outcomeTopic = "initiative.outcome"
export const presenceTopic = "gateway.presence"

export const InitiativeOutcome = defineMessage({
  type: "initiative.outcome",
  schema: Initiative.InitiativeOutcome,
  proto: proto.InitiativeOutcome,
})
export const Presence = defineMessage({
  type: "gateway.presence",
  schema: Initiative.Presence,
  proto: proto.Presence,
})

export const initiativeMessages = [InitiativeOutcome, Presence] as const
