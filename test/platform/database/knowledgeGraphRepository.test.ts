import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import * as KnowledgeGraphRepository from "../../../platform/database/repositories/KnowledgeGraphRepository.js"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { EntityId } from "../../../schemas/data/KnowledgeGraph.js"
import { MessageId } from "../../../schemas/data/Message.js"
import { databaseLayer } from "../../support/databaseLayer.js"
import { databaseKinds } from "../../support/postgres.js"

const at = (iso: string) => new Date(iso)
const unknownId = "00000000-0000-4000-8000-000000000000"

/**
 * Lets the database clock move past the last belief time (stamped to the millisecond), so
 * the next version is believed strictly later. The database sleeps, not the test.
 */
const nextInstant = Effect.flatMap(SqlClient.SqlClient, (sql) => sql`select pg_sleep(0.005)`)

const setup = Effect.gen(function* () {
  const graph = yield* KnowledgeGraphRepository.KnowledgeGraphRepository
  const user = yield* Effect.flatMap(UserRepository.UserRepository, (users) =>
    users.create({ displayName: "Lin" }),
  )
  return { graph, user }
})

const repositories = Layer.merge(KnowledgeGraphRepository.layer, UserRepository.layer)

describe.each(databaseKinds)("KnowledgeGraphRepository on $kind", ({ options }) => {
  layer(repositories.pipe(Layer.provideMerge(databaseLayer(options))), { timeout: 60_000 })(
    (it) => {
      it.effect("answers what we believed at T1 about T2 differently after a correction", () =>
        Effect.gen(function* () {
          const { graph, user } = yield* setup
          const home = { userId: user.id, label: "Place", name: "home" }
          const first = yield* graph.assertNode({
            ...home,
            properties: { city: "Berlin" },
            validFrom: at("2020-01-01T00:00:00Z"),
          })
          yield* nextInstant
          const corrected = yield* graph.assertNode({
            ...home,
            entityId: first.entityId,
            properties: { city: "Hamburg" },
            validFrom: at("2020-01-01T00:00:00Z"),
          })
          expect(corrected.entityId).toBe(first.entityId)
          expect(corrected.createdAt > first.createdAt).toBe(true)

          const about2021 = (knownAt?: Date) =>
            graph
              .nodesAsOf({
                userId: user.id,
                validAt: at("2021-06-01T00:00:00Z"),
                ...(knownAt === undefined ? {} : { knownAt }),
              })
              .pipe(Effect.map((nodes) => nodes.map((n) => n.properties["city"])))
          expect(yield* about2021(first.createdAt)).toEqual(["Berlin"])
          expect(yield* about2021(corrected.createdAt)).toEqual(["Hamburg"])
          expect(yield* about2021()).toEqual(["Hamburg"])
          expect(yield* about2021(new Date(first.createdAt.getTime() - 1))).toEqual([])
          // Before it held in the world, nothing is known about it at any time.
          expect(
            yield* graph.nodesAsOf({ userId: user.id, validAt: at("2019-01-01T00:00:00Z") }),
          ).toEqual([])

          const history = yield* graph.history(first.entityId)
          expect(history.map((n) => n.id)).toEqual([first.id, corrected.id])
          expect(history[0]!.expiredAt).toEqual(corrected.createdAt)
          expect(history[1]!.expiredAt).toBeNull()
        }),
      )

      it.effect("keeps valid time apart from belief time", () =>
        Effect.gen(function* () {
          const { graph, user } = yield* setup
          const job = yield* graph.assertNode({
            userId: user.id,
            label: "Job",
            name: "work",
            properties: { employer: "Acme" },
            validFrom: at("2018-01-01T00:00:00Z"),
            validUntil: at("2022-01-01T00:00:00Z"),
          })
          const names = (validAt: Date) =>
            graph
              .nodesAsOf({ userId: user.id, validAt })
              .pipe(Effect.map((nodes) => nodes.map((n) => n.id)))
          expect(yield* names(at("2018-01-01T00:00:00Z"))).toEqual([job.id])
          expect(yield* names(at("2021-12-31T23:59:59Z"))).toEqual([job.id])
          expect(yield* names(at("2022-01-01T00:00:00Z"))).toEqual([])
          const other = yield* Effect.flatMap(UserRepository.UserRepository, (users) =>
            users.create({ displayName: "Other" }),
          )
          expect(
            yield* graph.nodesAsOf({ userId: other.id, validAt: at("2020-01-01T00:00:00Z") }),
          ).toEqual([])
        }),
      )

      it.effect("retracts the current version, and can assert the entity again", () =>
        Effect.gen(function* () {
          const { graph, user } = yield* setup
          const pet = yield* graph.assertNode({
            userId: user.id,
            label: "Pet",
            name: "Miso",
            properties: {},
            validFrom: at("2020-01-01T00:00:00Z"),
          })
          yield* nextInstant
          expect(yield* graph.retractNode(pet.entityId)).toBe(true)
          expect(yield* graph.retractNode(pet.entityId)).toBe(false)
          const validAt = at("2021-01-01T00:00:00Z")
          expect(yield* graph.nodesAsOf({ userId: user.id, validAt })).toEqual([])
          const before = yield* graph.nodesAsOf({
            userId: user.id,
            validAt,
            knownAt: pet.createdAt,
          })
          expect(before.map((n) => n.id)).toEqual([pet.id])
          const again = yield* graph.assertNode({
            userId: user.id,
            entityId: pet.entityId,
            label: "Pet",
            name: "Miso",
            properties: { species: "cat" },
            validFrom: at("2020-01-01T00:00:00Z"),
          })
          expect((yield* graph.nodesAsOf({ userId: user.id, validAt })).map((n) => n.id)).toEqual([
            again.id,
          ])
          expect(yield* graph.history(pet.entityId)).toHaveLength(2)
        }),
      )

      it.effect("refuses bad assertions with RepositoryError and writes nothing", () =>
        Effect.gen(function* () {
          const { graph, user } = yield* setup
          const backwards = yield* Effect.flip(
            graph.assertNode({
              userId: user.id,
              label: "Event",
              name: "trip",
              properties: {},
              validFrom: at("2021-01-01T00:00:00Z"),
              validUntil: at("2020-01-01T00:00:00Z"),
            }),
          )
          expect(backwards.operation).toBe("assert node")
          const unknown = yield* Effect.flip(
            graph.assertNode({
              entityId: EntityId.make(unknownId),
              label: "Event",
              name: "trip",
              properties: {},
              validFrom: at("2021-01-01T00:00:00Z"),
            }),
          )
          expect(unknown._tag).toBe("RepositoryError")
          expect(yield* graph.history(EntityId.make(unknownId))).toEqual([])
          expect(
            yield* graph.nodesAsOf({ userId: user.id, validAt: at("2021-06-01T00:00:00Z") }),
          ).toEqual([])
        }),
      )

      it.effect("leaves the current version when the surrounding transaction fails", () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const { graph, user } = yield* setup
          const mood = yield* graph.assertNode({
            userId: user.id,
            label: "Preference",
            name: "tea",
            properties: { likes: true },
            validFrom: at("2020-01-01T00:00:00Z"),
          })
          const failed = yield* Effect.gen(function* () {
            yield* graph.assertNode({
              userId: user.id,
              entityId: mood.entityId,
              label: "Preference",
              name: "tea",
              properties: { likes: false },
              validFrom: at("2020-01-01T00:00:00Z"),
            })
            return yield* Effect.fail("later step failed" as const)
          }).pipe(sql.withTransaction, Effect.flip)
          expect(failed).toBe("later step failed")
          expect(yield* graph.history(mood.entityId)).toEqual([mood])
        }),
      )

      it.effect("keeps one current version when corrections race", () =>
        Effect.gen(function* () {
          const { graph, user } = yield* setup
          const base = {
            userId: user.id,
            label: "Fact",
            name: "favourite colour",
            validFrom: at("2020-01-01T00:00:00Z"),
          }
          const fact = yield* graph.assertNode({ ...base, properties: { colour: "red" } })
          for (let round = 0; round < 5; round++) {
            const results = yield* Effect.all(
              ["green", "blue"].map((colour) =>
                Effect.either(
                  graph.assertNode({ ...base, entityId: fact.entityId, properties: { colour } }),
                ),
              ),
              { concurrency: 2 },
            )
            expect(results.some(Either.isRight)).toBe(true)
            for (const result of results) {
              if (Either.isLeft(result)) expect(result.left._tag).toBe("RepositoryError")
            }
            const history = yield* graph.history(fact.entityId)
            expect(history.filter((n) => n.expiredAt === null)).toHaveLength(1)
          }
        }),
      )

      it.effect("versions edges and reads them as of both times", () =>
        Effect.gen(function* () {
          const { graph, user } = yield* setup
          const node = (name: string) =>
            graph.assertNode({
              userId: user.id,
              label: "Person",
              name,
              properties: {},
              validFrom: at("2000-01-01T00:00:00Z"),
            })
          const lin = yield* node("Lin")
          const sam = yield* node("Sam")
          const friends = yield* graph.assertEdge({
            userId: user.id,
            sourceEntity: lin.entityId,
            targetEntity: sam.entityId,
            relation: "friend_of",
            confidence: 0.5,
            validFrom: at("2015-01-01T00:00:00Z"),
          })
          expect(friends.confidence).toBe(0.5)
          expect(friends.properties).toEqual({})
          expect(friends.sourceMessageId).toBeNull()
          yield* nextInstant
          const sure = yield* graph.assertEdge({
            relationId: friends.relationId,
            userId: user.id,
            sourceEntity: lin.entityId,
            targetEntity: sam.entityId,
            relation: "friend_of",
            properties: { since_school: true },
            validFrom: at("2010-01-01T00:00:00Z"),
          })
          expect(sure.confidence).toBe(1)
          const about2012 = { validAt: at("2012-01-01T00:00:00Z") }
          expect(yield* graph.edgesOf(sam.entityId, about2012)).toEqual([sure])
          expect(
            yield* graph.edgesOf(sam.entityId, { ...about2012, knownAt: friends.createdAt }),
          ).toEqual([])
          const about2016 = { validAt: at("2016-01-01T00:00:00Z") }
          expect(
            (yield* graph.edgesOf(lin.entityId, { ...about2016, knownAt: friends.createdAt })).map(
              (e) => e.confidence,
            ),
          ).toEqual([0.5])
          expect((yield* graph.edgeHistory(friends.relationId)).map((e) => e.id)).toEqual([
            friends.id,
            sure.id,
          ])
          yield* nextInstant
          expect(yield* graph.retractEdge(friends.relationId)).toBe(true)
          expect(yield* graph.edgesOf(lin.entityId, about2016)).toEqual([])
          const believedThen = yield* graph.edgesOf(lin.entityId, {
            ...about2016,
            knownAt: sure.createdAt,
          })
          expect(believedThen.map((e) => [e.id, e.expiredAt !== null])).toEqual([[sure.id, true]])
        }),
      )

      it.effect("refuses an edge with a bad confidence or an unknown source message", () =>
        Effect.gen(function* () {
          const { graph } = yield* setup
          const edge = {
            sourceEntity: EntityId.make(unknownId),
            targetEntity: EntityId.make(unknownId),
            relation: "knows",
            validFrom: at("2020-01-01T00:00:00Z"),
          }
          const confidence = yield* Effect.flip(graph.assertEdge({ ...edge, confidence: 1.5 }))
          expect(confidence.operation).toBe("assert edge")
          const message = yield* Effect.flip(
            graph.assertEdge({ ...edge, sourceMessageId: MessageId.make(unknownId) }),
          )
          expect(message._tag).toBe("RepositoryError")
          expect(
            yield* graph.edgesOf(EntityId.make(unknownId), { validAt: at("2021-01-01T00:00:00Z") }),
          ).toEqual([])
        }),
      )
    },
  )
})
