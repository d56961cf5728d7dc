/** Every message type registered anywhere in AICO: what tests over the whole registry iterate. */
import { demoMessages } from "../../actors/demo/messages.js"
import { memoryMessages } from "../../actors/memory/messages.js"
import { modelMessages } from "../../actors/model/messages.js"
import { conversationMessages } from "../../actors/conversation/messages.js"
import { emotionMessages } from "../../actors/emotion/messages.js"
import { scheduleMessages } from "../../actors/schedule/messages.js"
import { goalMessages } from "../../actors/goals/messages.js"
import { initiativeMessages } from "../../actors/initiative/messages.js"
import { curiosityMessages } from "../../actors/curiosity/messages.js"
import { Registry } from "../../runtime/message/Registry.js"
import { systemMessages } from "../../runtime/message/systemMessages.js"

export const allMessages = new Registry([
  ...systemMessages,
  ...demoMessages,
  ...memoryMessages,
  ...modelMessages,
  ...conversationMessages,
  ...emotionMessages,
  ...scheduleMessages,
  ...goalMessages,
  ...initiativeMessages,
  ...curiosityMessages,
])
