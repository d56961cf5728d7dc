/**
 * The conversation engine as a piece of a supervision tree, with the topics it may use:
 * it publishes replies and finished turns, and listens to supervision decisions so that a
 * restart of the model service ends the generations it was running instead of leaving
 * their clients waiting.
 */
import type { TopicGrants } from "../../runtime/pubsub/TopicGrants.js"
import { actor } from "../../runtime/system/TreeSpec.js"
import { modelMessages } from "../model/messages.js"
import type { ConversationOptions } from "./ConversationOptions.js"
import { conversationActor } from "./engine.machine.js"
import { conversationMessages as contract, replyTopic, turnCompletedTopic } from "./messages.js"

export const conversationGrants: TopicGrants = {
  publish: [replyTopic, turnCompletedTopic],
  subscribe: ["system.supervision"],
}

/** Every message type the engine sends or receives: register them on the node. */
export const conversationMessages = [...contract, ...modelMessages] as const

export const conversationTree = (options: ConversationOptions) =>
  actor(conversationActor(options), {
    restart: "permanent",
    shutdownTimeoutMs: 5000,
    grants: conversationGrants,
  })
