import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Either, Layer, Option } from "effect"
import { OVERHEAD } from "../../../platform/crypto/aesGcm.js"
import { ContentUnreadable } from "../../../platform/crypto/ContentCipher.js"
import * as ConversationRepository from "../../../platform/database/repositories/ConversationRepository.js"
import * as MessageRepository from "../../../platform/database/repositories/MessageRepository.js"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { ConversationId } from "../../../schemas/data/Conversation.js"
import { MessageId, type NewMessage } from "../../../schemas/data/Message.js"
import { UserId } from "../../../schemas/data/User.js"
import { stores } from "../../support/databaseLayer.js"
import { databaseKinds } from "../../support/postgres.js"

const repositories = Layer.mergeAll(
  UserRepository.layer,
  ConversationRepository.layer,
  MessageRepository.layer,
)

const missingConversation = ConversationId.make("00000000-0000-4000-8000-000000000000")
const nobody = UserId.make("00000000-0000-4000-8000-000000000000")

const setup = Effect.gen(function* () {
  const users = yield* UserRepository.UserRepository
  const conversations = yield* ConversationRepository.ConversationRepository
  const messages = yield* MessageRepository.MessageRepository
  const user = yield* users.create({ displayName: "Grace" })
  return { user, conversations, messages }
})

describe.each(databaseKinds)("Conversation and message repositories on $kind", ({ options }) => {
  layer(repositories.pipe(Layer.provideMerge(stores(options))), { timeout: 60_000 })((it) => {
    it.effect("starts, finds and lists a user's conversations, newest first", () =>
      Effect.gen(function* () {
        const { conversations, user } = yield* setup
        const first = yield* conversations.start(user.id, "Morning")
        const second = yield* conversations.start(user.id)
        expect(first.title).toBe("Morning")
        expect(second.title).toBeNull()
        expect(first.lastMessageAt).toBeNull()
        expect(yield* conversations.findById(first.id)).toEqual(Option.some(first))
        expect(Option.isNone(yield* conversations.findById(missingConversation))).toBe(true)
        const listed = yield* conversations.listByUser(user.id, 10)
        expect(listed.map((c) => c.id)).toEqual([second.id, first.id])
        expect((yield* conversations.listByUser(user.id, 1)).map((c) => c.id)).toEqual([second.id])
      }),
    )

    it.effect("refuses a blank title and an unknown user with RepositoryError", () =>
      Effect.gen(function* () {
        const { conversations, user } = yield* setup
        const blank = yield* Effect.flip(conversations.start(user.id, "   "))
        expect(blank._tag).toBe("RepositoryError")
        expect(blank.operation).toBe("start conversation")
        const other = yield* Effect.flip(conversations.start(nobody))
        expect(other._tag).toBe("RepositoryError")
        expect(yield* conversations.listByUser(user.id, 10)).toEqual([])
      }),
    )

    it.effect("appends messages in order and moves last_message_at with them", () =>
      Effect.gen(function* () {
        const { conversations, messages, user } = yield* setup
        const conversation = yield* conversations.start(user.id, "Chat")
        const hello = yield* messages.append(conversation.id, { role: "user", content: "hi" })
        const reply = yield* messages.append(conversation.id, {
          role: "assistant",
          content: "hello!",
          metadata: { model_name: "local", tokens: [1, 2], nested: { snake_key: true } },
        })
        expect(reply.seq).toBeGreaterThan(hello.seq)
        expect(hello.metadata).toEqual({})
        // jsonb comes back exactly as written: keys are data, not column names.
        expect(reply.metadata).toEqual({
          model_name: "local",
          tokens: [1, 2],
          nested: { snake_key: true },
        })
        const found = yield* conversations.findById(conversation.id)
        expect(Option.map(found, (c) => c.lastMessageAt)).toEqual(Option.some(reply.createdAt))
        const listed = yield* messages.listByConversation(conversation.id, { limit: 10 })
        expect(listed).toEqual([hello, reply])
        expect(yield* messages.count(conversation.id)).toBe(2)
        expect(yield* messages.findById(conversation.id, hello.id)).toEqual(Option.some(hello))
      }),
    )

    it.effect(
      "appends under an id the caller chose; finds a message only in its conversation",
      () =>
        Effect.gen(function* () {
          const { conversations, messages, user } = yield* setup
          const conversation = yield* conversations.start(user.id)
          const other = yield* conversations.start(user.id)
          const chosen = MessageId.make(crypto.randomUUID())
          const kept = yield* messages.append(
            conversation.id,
            { role: "user", content: "x" },
            chosen,
          )
          expect(kept.id).toBe(chosen)
          expect(
            Option.map(yield* messages.findById(conversation.id, chosen), (m) => m.content),
          ).toEqual(Option.some("x"))
          expect(yield* messages.findById(other.id, chosen)).toEqual(Option.none())
          // The id is the message's: a second append under it is refused, the first kept.
          const again = yield* Effect.flip(
            messages.append(conversation.id, { role: "user", content: "y" }, chosen),
          )
          expect(again._tag).toBe("RepositoryError")
          expect(yield* messages.count(conversation.id)).toBe(1)
        }),
    )

    it.effect("pages backwards from the newest message, each page oldest first", () =>
      Effect.gen(function* () {
        const { conversations, messages, user } = yield* setup
        const conversation = yield* conversations.start(user.id)
        const other = yield* conversations.start(user.id)
        const sent = []
        for (const content of ["one", "two", "three", "four", "five"]) {
          sent.push(yield* messages.append(conversation.id, { role: "user", content }))
          yield* messages.append(other.id, { role: "system", content: `other ${content}` })
        }
        const newest = yield* messages.listByConversation(conversation.id, { limit: 2 })
        expect(newest.map((m) => m.content)).toEqual(["four", "five"])
        const older = yield* messages.listByConversation(conversation.id, {
          limit: 2,
          beforeSeq: newest[0]!.seq,
        })
        expect(older.map((m) => m.content)).toEqual(["two", "three"])
        const oldest = yield* messages.listByConversation(conversation.id, {
          limit: 2,
          beforeSeq: older[0]!.seq,
        })
        expect(oldest.map((m) => m.content)).toEqual(["one"])
        expect(yield* messages.count(conversation.id)).toBe(5)
        expect(yield* messages.count(other.id)).toBe(5)
      }),
    )

    it.effect("refuses a bad role, a bad page and an unknown conversation", () =>
      Effect.gen(function* () {
        const { conversations, messages, user } = yield* setup
        const conversation = yield* conversations.start(user.id)
        const badRole = yield* Effect.flip(
          messages.append(conversation.id, {
            role: "robot",
            content: "beep",
          } as unknown as NewMessage),
        )
        expect(badRole.operation).toBe("append message")
        const badPage = yield* Effect.flip(
          messages.listByConversation(conversation.id, { limit: 0 }),
        )
        expect(badPage._tag).toBe("RepositoryError")
        const unknown = yield* Effect.either(
          messages.append(missingConversation, { role: "user", content: "anyone?" }),
        )
        expect(Either.isLeft(unknown) && unknown.left._tag).toBe("RepositoryError")
        expect(yield* messages.count(conversation.id)).toBe(0)
      }),
    )

    it.effect("stores content sealed for its row; a value moved to another row does not open", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const { conversations, messages, user } = yield* setup
        const conversation = yield* conversations.start(user.id)
        const text = "my bank PIN is 8642"
        const secret = yield* messages.append(conversation.id, { role: "user", content: text })
        const other = yield* messages.append(conversation.id, { role: "user", content: "ok" })
        expect(secret.content).toBe(text)
        const [stored] = yield* sql<{ readonly content: Uint8Array }>`
            select content from messages where id = ${secret.id}`
        expect(stored?.content.length).toBe(text.length + OVERHEAD)
        expect(Buffer.from(stored!.content).includes(Buffer.from("PIN"))).toBe(false)

        yield* sql`update messages set content = (select content from messages where id = ${secret.id})
                     where id = ${other.id}`
        const moved = yield* Effect.flip(
          messages.listByConversation(conversation.id, { limit: 10 }),
        )
        expect(moved.operation).toBe("list messages")
        expect(moved.cause).toBeInstanceOf(ContentUnreadable)
        expect(moved.message).toContain(`cannot decrypt messages/${other.id}`)
        expect(moved.message).not.toContain("PIN")
        // The untouched row still reads.
        const first = yield* messages.listByConversation(conversation.id, {
          limit: 1,
          beforeSeq: other.seq,
        })
        expect(first).toEqual([secret])
      }),
    )

    it.effect("writes nothing when the surrounding transaction fails", () =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const { conversations, messages, user } = yield* setup
        const conversation = yield* conversations.start(user.id)
        const failed = yield* Effect.gen(function* () {
          yield* messages.append(conversation.id, { role: "user", content: "lost" })
          return yield* Effect.fail("the step after the append failed" as const)
        }).pipe(sql.withTransaction, Effect.flip)
        expect(failed).toBe("the step after the append failed")
        expect(yield* messages.count(conversation.id)).toBe(0)
        const after = yield* conversations.findById(conversation.id)
        expect(Option.map(after, (c) => c.lastMessageAt)).toEqual(Option.some(null))
      }),
    )
  })
})
