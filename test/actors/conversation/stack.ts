/**
 * One set of stores for a test file (PostgreSQL, Chroma, the embedder, LMDB, the
 * classifier and the stories260K model process), shared by its tests: each test starts its
 * own node over them.
 */
import { Context, Effect, Layer, Logger, LogLevel } from "effect"
import { stackDirs } from "../../support/memoryStack.js"
import { tempDir } from "../../support/nodes.js"
import { conversationStores, type ConversationStores } from "./conversationNode.js"

export class Stack extends Context.Tag("test/ConversationStack")<
  Stack,
  {
    readonly stores: Context.Context<ConversationStores>
    /** A temp directory for the file's nodes and anything else it needs. */
    readonly root: string
  }
>() {}

export const stack = Layer.scoped(
  Stack,
  Effect.gen(function* () {
    const dirs = yield* stackDirs
    const root = yield* tempDir("aico-conversation-")
    const stores = yield* Layer.build(conversationStores(dirs, root))
    return { stores, root }
  }).pipe(Logger.withMinimumLogLevel(LogLevel.None), Effect.orDie),
)
