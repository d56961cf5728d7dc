/** The scheduler's clock tick, published on `schedule.tick`. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Schedule from "../../schemas/messages/schedule.js"

export const tickTopic = "schedule.tick"

export const Tick = defineMessage({
  type: "schedule.tick",
  schema: Schedule.Tick,
  proto: aico.schedule.v1.Tick,
})

export const scheduleMessages = [Tick] as const
