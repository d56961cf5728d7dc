/**
 * How the conversation engine behaves: who the companion is and how much context a reply
 * gets (the `conversation` config section), how long and how much the model may take (the
 * `llm` section), and what the engine itself bounds.
 */
import { Effect, Option } from "effect"
import type { Asker } from "../../runtime/actor/Asker.js"
import type { Config } from "../../schemas/Config.js"
import { UserId } from "../../schemas/data/User.js"
import type { Affect, Persona } from "./context/ContextParts.js"

export interface ConversationOptions {
  /** The node the engine runs on; the model service is `model@<node>` unless `modelAddress`. */
  readonly node: string
  readonly modelAddress: string
  readonly persona: Persona
  /** Tokens of context sent to the model; 0 is the model's whole window. */
  readonly contextTokens: number
  /** Semantic memories recalled per message; 0 turns recall off. */
  readonly recallLimit: number
  readonly historyTurns: number
  readonly maxReplyTokens: number
  /** -1 is `llm.temperature`; 0 is greedy. */
  readonly temperature: number
  /** A generation that streams nothing for this long fails as a timeout. */
  readonly replyTimeoutMs: number
  /** How long to wait for the model's token counts before estimating them. */
  readonly countTimeoutMs: number
  /** The window assumed when the model cannot say (it is restarting or missing). */
  readonly fallbackContextSize: number
  /** Messages waiting behind the one being answered, per conversation; more are refused as busy. */
  readonly queueLimit: number
  /** A conversation idle this long gives up its child actor (its state is all stored). */
  readonly idleMs: number
  /** Who a message with no userId is from: the one person on a local install. */
  readonly localUser: { readonly id: UserId; readonly displayName: string }
  /**
   * The companion's current affect (asked of emotion appraisal as the conversation engine);
   * none when there is no appraisal to ask.
   */
  readonly affect: Effect.Effect<Option.Option<Affect>, never, Asker>
}

/** The local user's fixed id, so that every start finds the same person. */
export const localUserId = UserId.make("00000000-0000-4000-8000-00000000a1c0")

export const conversationOptions = (
  config: Config,
  overrides: Partial<ConversationOptions> = {},
): ConversationOptions => ({
  node: config.node.id,
  modelAddress: `model@${overrides.node ?? config.node.id}`,
  persona: config.conversation.persona,
  contextTokens: config.conversation.contextTokens,
  recallLimit: config.conversation.recallLimit,
  historyTurns: config.conversation.historyTurns,
  maxReplyTokens: config.llm.maxReplyTokens,
  temperature: -1,
  replyTimeoutMs: config.llm.timeoutMs,
  countTimeoutMs: config.bus.askTimeoutMs,
  fallbackContextSize: config.llm.embedded.contextSize,
  queueLimit: 8,
  idleMs: 10 * 60 * 1000,
  localUser: { id: localUserId, displayName: "Me" },
  affect: Effect.succeed(Option.none()),
  ...overrides,
})
