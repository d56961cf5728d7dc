/**
 * `/conversations` and `/conversations/{id}/messages`: the client's own conversations
 * only; another user's conversation is "not found", not "forbidden", so ids do not leak.
 */
import { HttpApiBuilder } from "@effect/platform"
import { Effect, Option } from "effect"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { ConversationRepository } from "../../database/repositories/ConversationRepository.js"
import { MessageRepository } from "../../database/repositories/MessageRepository.js"
import type { RepositoryError } from "../../database/repositories/RepositoryError.js"
import { NotFound, ServiceUnavailable } from "../api/ApiErrors.js"
import { CurrentClient } from "../api/Authentication.js"
import { GatewayApi } from "../api/GatewayApi.js"

export const databaseUnavailable = (error: RepositoryError) =>
  Effect.logError("gateway: a database request failed", error.message).pipe(
    Effect.zipRight(
      Effect.fail(
        new ServiceUnavailable({ message: `${error.operation} failed: try again later` }),
      ),
    ),
  )

export const conversations = HttpApiBuilder.group(GatewayApi, "conversations", (handlers) =>
  handlers
    .handle("list", ({ urlParams }) =>
      Effect.gen(function* () {
        const repository = yield* ConversationRepository
        const client = yield* CurrentClient
        const found = yield* repository
          .listByUser(client.userId, urlParams.limit)
          .pipe(Effect.catchAll(databaseUnavailable))
        return found.map((conversation) => ({
          id: conversation.id,
          title: conversation.title,
          startedAt: conversation.startedAt,
          lastMessageAt: conversation.lastMessageAt,
        }))
      }),
    )
    .handle("messages", ({ path, urlParams }) =>
      Effect.gen(function* () {
        const conversationsRepo = yield* ConversationRepository
        const messagesRepo = yield* MessageRepository
        const client = yield* CurrentClient
        const id = ConversationId.make(path.id)
        const conversation = yield* conversationsRepo
          .findById(id)
          .pipe(Effect.catchAll(databaseUnavailable))
        if (Option.isNone(conversation) || conversation.value.userId !== client.userId) {
          return yield* new NotFound({
            resource: "conversation",
            id: path.id,
            message: `no conversation ${path.id}`,
          })
        }
        const page = yield* messagesRepo
          .listByConversation(id, {
            limit: urlParams.limit,
            ...(urlParams.before === undefined ? {} : { beforeSeq: urlParams.before }),
          })
          .pipe(Effect.catchAll(databaseUnavailable))
        return page.map((message) => ({
          id: message.id,
          conversationId: message.conversationId,
          seq: message.seq,
          role: message.role,
          content: message.content,
          createdAt: message.createdAt,
        }))
      }),
    ),
)
