/**
 * The supervision tree a node runs: semantic memory, the model service, the conversation
 * engine, the client gateway's actor, and the companion's mind (emotion, goals, curiosity,
 * memory consolidation, initiative, on the scheduler's clock), each with only the topics
 * it is granted.
 */
import type { Config } from "../schemas/Config.js"
import { actor, supervisor } from "../runtime/system/TreeSpec.js"
import { conversationOptions } from "./conversation/ConversationOptions.js"
import { conversationMessages, conversationTree } from "./conversation/conversationTree.js"
import { askAffect } from "./emotion/askAffect.js"
import { gatewayTree } from "./gateway/gateway.machine.js"
import { memoryActor } from "./memory/memory.machine.js"
import { memoryMessages } from "./memory/messages.js"
import { mindMessages, type MindOptions, type MindServices, mindTree } from "./mindTree.js"
import type { TextAnalysis } from "../platform/analysis/TextAnalysis.js"
import type { ConversationRepository } from "../platform/database/repositories/ConversationRepository.js"
import type { FeedbackRepository } from "../platform/database/repositories/FeedbackRepository.js"
import type { MessageRepository } from "../platform/database/repositories/MessageRepository.js"
import type { UserRepository } from "../platform/database/repositories/UserRepository.js"
import type { GatewaySessions } from "../platform/gateway/GatewaySessions.js"
import type { LanguageModel } from "../platform/llm/LanguageModel.js"
import type { SemanticMemory } from "../platform/memory/SemanticMemory.js"
import type { WorkingMemory } from "../platform/workingMemory/WorkingMemory.js"
import { settingsFromConfig } from "./model/ModelSettings.js"
import { modelTree } from "./model/tree.js"

export const companionMessages = [...memoryMessages, ...conversationMessages, ...mindMessages]

export type CompanionOptions = Omit<MindOptions, "node">

/** Every service the companion's actors use: the service entry point provides them. */
export type CompanionServices =
  | MindServices
  | SemanticMemory
  | LanguageModel
  | TextAnalysis
  | ConversationRepository
  | FeedbackRepository
  | MessageRepository
  | UserRepository
  | WorkingMemory
  | GatewaySessions

export const companionTree = (config: Config, options: CompanionOptions) => {
  const node = config.node.id
  return supervisor<CompanionServices>("root", { strategy: "one-for-one" }, [
    actor(memoryActor()),
    modelTree(settingsFromConfig(config)),
    conversationTree(conversationOptions(config, { affect: askAffect(`emotion@${node}`) })),
    gatewayTree(),
    mindTree(config, { ...options, node }),
  ])
}
