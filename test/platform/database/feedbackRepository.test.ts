/**
 * Ratings of messages on real PostgreSQL: one per message (the latest wins), the comment
 * sealed at rest, a rating of an unknown message refused without an error; and the local
 * user that `ensure` finds or makes under its fixed id.
 */
import { SqlClient } from "@effect/sql"
import { expect, layer } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck as fc, Layer, Option } from "effect"
import * as ConversationRepository from "../../../platform/database/repositories/ConversationRepository.js"
import * as FeedbackRepository from "../../../platform/database/repositories/FeedbackRepository.js"
import * as MessageRepository from "../../../platform/database/repositories/MessageRepository.js"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { NewFeedback } from "../../../schemas/data/Feedback.js"
import { MessageId } from "../../../schemas/data/Message.js"
import { UserId } from "../../../schemas/data/User.js"
import { stores } from "../../support/databaseLayer.js"
import { externalOptions } from "../../support/postgres.js"

const repositories = Layer.mergeAll(
  UserRepository.layer,
  ConversationRepository.layer,
  MessageRepository.layer,
  FeedbackRepository.layer,
)

const localUser = UserId.make("00000000-0000-4000-8000-00000000a1c0")

layer(repositories.pipe(Layer.provideMerge(stores(externalOptions))), { timeout: 60_000 })(
  "feedback repository",
  (it) => {
    it.effect("ensure finds or makes the local user under its fixed id", () =>
      Effect.gen(function* () {
        const users = yield* UserRepository.UserRepository
        const made = yield* users.ensure(localUser, "Me")
        const found = yield* users.ensure(localUser, "Someone else")
        expect(made.id).toBe(localUser)
        expect(found).toEqual(made)
        const invalid = yield* Effect.either(users.ensure(localUser, "   "))
        expect(Either.isLeft(invalid)).toBe(true)
      }),
    )

    it.effect("keeps one rating per message, the latest, with its comment sealed at rest", () =>
      Effect.gen(function* () {
        const users = yield* UserRepository.UserRepository
        const user = yield* users.ensure(localUser, "Me")
        const conversation = yield* (yield* ConversationRepository.ConversationRepository).start(
          user.id,
        )
        const message = yield* (yield* MessageRepository.MessageRepository).append(
          conversation.id,
          { role: "assistant", content: "Hello!" },
        )
        const feedback = yield* FeedbackRepository.FeedbackRepository
        const first = yield* feedback.rate({
          messageId: message.id,
          userId: user.id,
          rating: "up",
          comment: "warm and kind",
        })
        expect(Option.getOrThrow(first)).toMatchObject({ rating: "up", comment: "warm and kind" })
        const second = yield* feedback.rate({ messageId: message.id, rating: "down" })
        expect(Option.getOrThrow(second)).toMatchObject({
          id: Option.getOrThrow(first).id,
          rating: "down",
          comment: "",
          userId: null,
        })
        expect(Option.getOrThrow(yield* feedback.findByMessage(message.id))).toMatchObject({
          rating: "down",
          comment: "",
        })

        const sql = yield* SqlClient.SqlClient
        yield* feedback.rate({ messageId: message.id, rating: "up", comment: "warm and kind" })
        const rows = yield* sql<{ content: Uint8Array }>`
          select content from message_feedback where message_id = ${message.id}`
        expect(rows).toHaveLength(1)
        expect(Buffer.from(rows[0]!.content).toString("utf8")).not.toContain("warm and kind")
      }),
    )

    it.effect("a rating of an unknown message is refused as none", () =>
      Effect.gen(function* () {
        const feedback = yield* FeedbackRepository.FeedbackRepository
        const unknown = MessageId.make("00000000-0000-4000-8000-0000000f00d0")
        expect(yield* feedback.rate({ messageId: unknown, rating: "up" })).toEqual(Option.none())
        expect(yield* feedback.findByMessage(unknown)).toEqual(Option.none())
      }),
    )

    it.effect("whatever it is given, rate answers with a rating, none or a RepositoryError", () =>
      Effect.gen(function* () {
        const feedback = yield* FeedbackRepository.FeedbackRepository
        const inputs = fc.sample(
          fc.oneof(
            Arbitrary.make(NewFeedback),
            fc.record({
              messageId: fc.oneof(fc.uuid(), fc.string()),
              rating: fc.oneof(fc.constantFrom("up", "down"), fc.string()),
              comment: fc.string({ maxLength: 5000 }),
            }),
            fc.anything(),
          ),
          60,
        )
        for (const input of inputs) {
          // Deliberately unchecked: the repository must decode what it is handed.
          const result = yield* Effect.either(feedback.rate(input as NewFeedback))
          if (Either.isLeft(result)) expect(result.left._tag).toBe("RepositoryError")
          else expect(Option.isNone(result.right)).toBe(true)
        }
      }),
    )
  },
)
