/**
 * The services a conversation's steps use, taken once when the engine's machine is built:
 * the repositories (PostgreSQL, contents sealed), working memory (LMDB), semantic memory
 * and the text classifier.
 */
import { Effect } from "effect"
import { TextAnalysis } from "../../../platform/analysis/TextAnalysis.js"
import { ConversationRepository } from "../../../platform/database/repositories/ConversationRepository.js"
import { FeedbackRepository } from "../../../platform/database/repositories/FeedbackRepository.js"
import { MessageRepository } from "../../../platform/database/repositories/MessageRepository.js"
import { UserRepository } from "../../../platform/database/repositories/UserRepository.js"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import { WorkingMemory } from "../../../platform/workingMemory/WorkingMemory.js"

export const engineServices = Effect.all({
  users: UserRepository,
  conversations: ConversationRepository,
  messages: MessageRepository,
  feedback: FeedbackRepository,
  workingMemory: WorkingMemory,
  semanticMemory: SemanticMemory,
  analysis: TextAnalysis,
})

export type EngineServices = Effect.Effect.Success<typeof engineServices>
export type EngineRequirements = Effect.Effect.Context<typeof engineServices>
