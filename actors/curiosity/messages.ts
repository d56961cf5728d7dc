/** The curiosity engine's questions, published on `curiosity.question`. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Initiative from "../../schemas/messages/initiative.js"

export const questionTopic = "curiosity.question"

export const Question = defineMessage({
  type: "curiosity.question",
  schema: Initiative.Question,
  proto: aico.curiosity.v1.Question,
})

export const curiosityMessages = [Question] as const
