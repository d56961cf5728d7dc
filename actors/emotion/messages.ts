/** Emotion message types: the affect published on `emotion.state_changed`, and asked for. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Emotion from "../../schemas/messages/emotion.js"

const proto = aico.emotion.v1

export const stateChangedTopic = "emotion.state_changed"

export const StateChanged = defineMessage({
  type: "emotion.state_changed",
  schema: Emotion.Affect,
  proto: proto.Affect,
})
export const GetAffect = defineMessage({
  type: "emotion.get_state",
  schema: Emotion.GetAffect,
  proto: proto.GetAffect,
})
export const AffectState = defineMessage({
  type: "emotion.state",
  schema: Emotion.Affect,
  proto: proto.Affect,
})

export const emotionMessages = [StateChanged, GetAffect, AffectState] as const
