/**
 * The consolidator's `Consolidation` on AICO's stores: working memory (LMDB) is read, the
 * knowledge graph and the unit's mark are written in one PostgreSQL transaction together
 * with the summary's row in semantic memory. Facts merge into what the graph already
 * holds: a known entity is reused, a known fact is not asserted twice, and a fact that
 * changed ("I moved to Berlin") ends the old one's validity as a new version, so history
 * is never deleted.
 */
import { SqlClient } from "@effect/sql"
import { Effect, Layer } from "effect"
import {
  Consolidation,
  ConsolidationError,
  type Unit,
  type UnitResult,
} from "../../actors/consolidator/Consolidation.js"
import { type Fact, factsOf, sameName } from "../../actors/consolidator/logic/facts.js"
import { summarise } from "../../actors/consolidator/logic/summary.js"
import { KnowledgeGraphRepository } from "../database/repositories/KnowledgeGraphRepository.js"
import type { EntityId } from "../../schemas/data/KnowledgeGraph.js"
import { UserId } from "../../schemas/data/User.js"
import type { WorkingMemoryEntry } from "../../schemas/memory/WorkingMemoryEntry.js"
import { SemanticMemory } from "./SemanticMemory.js"
import { WorkingMemory } from "../workingMemory/WorkingMemory.js"

/** Working-memory entries read per conversation and unit. */
const maxEntries = 1000

const failed = (operation: string) => (error: unknown) =>
  new ConsolidationError({
    reason: `${operation}: ${error instanceof Error ? error.message : String(error)}`,
  })

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const workingMemory = yield* WorkingMemory
  const memory = yield* SemanticMemory
  const graph = yield* KnowledgeGraphRepository

  /** The current node of `label`/`name` for the user, or a new one: no duplicate entities. */
  const entity = (userId: UserId | undefined, label: string, name: string, at: Date) =>
    Effect.gen(function* () {
      const current = yield* graph.nodesAsOf({
        ...(userId === undefined ? {} : { userId }),
        validAt: at,
      })
      const known = current.find((node) => node.label === label && sameName(node.name, name))
      if (known !== undefined) return { id: known.entityId, merged: true }
      const created = yield* graph.assertNode({
        ...(userId === undefined ? {} : { userId }),
        label,
        name,
        properties: {},
        validFrom: at,
      })
      return { id: created.entityId, merged: false }
    })

  /** Asserts one fact from `self`; counts what it added, merged and ended. */
  const assertFact = (userId: UserId | undefined, self: EntityId, fact: Fact, at: Date) =>
    Effect.gen(function* () {
      const target = yield* entity(userId, fact.label, fact.name, at)
      const edges = (yield* graph.edgesOf(self, { validAt: at })).filter(
        (edge) => edge.sourceEntity === self && edge.relation === fact.relation,
      )
      if (edges.some((edge) => edge.targetEntity === target.id)) {
        return { facts: 0, invalidated: 0, merged: 1 }
      }
      let invalidated = 0
      if (fact.singleValued) {
        for (const old of edges) {
          // The old fact held until now: a new version says so; the old version stays in history.
          if (old.validFrom >= at) continue
          yield* graph.assertEdge({
            relationId: old.relationId,
            ...(userId === undefined ? {} : { userId }),
            sourceEntity: old.sourceEntity,
            targetEntity: old.targetEntity,
            relation: old.relation,
            properties: old.properties,
            confidence: old.confidence,
            validFrom: old.validFrom,
            validUntil: at,
          })
          invalidated++
        }
      }
      yield* graph.assertEdge({
        ...(userId === undefined ? {} : { userId }),
        sourceEntity: self,
        targetEntity: target.id,
        relation: fact.relation,
        confidence: 0.8,
        validFrom: at,
      })
      return { facts: 1, invalidated, merged: 0 }
    })

  const consolidate = (unit: Unit): Effect.Effect<UnitResult, ConsolidationError> =>
    Effect.gen(function* () {
      const entries = yield* workingMemory
        .recent(unit.conversationId, maxEntries)
        .pipe(Effect.mapError(failed(`reading working memory of ${unit.conversationId}`)))
      const none: UnitResult = {
        conversationId: unit.conversationId,
        entries: 0,
        summaryId: undefined,
        facts: 0,
        invalidated: 0,
        merged: 0,
      }
      const last = entries.at(-1)
      if (last === undefined) return none
      return yield* Effect.gen(function* () {
        const marked = yield* sql<{ readonly conversationId: string }>`
          insert into consolidated_units (conversation_id, upto_entry)
          values (${unit.conversationId}, ${last.id})
          on conflict do nothing returning conversation_id`
        if (marked.length === 0) return none
        const [previous] = yield* sql<{ readonly upto: string | null }>`
          select max(upto_entry) as upto from consolidated_units
          where conversation_id = ${unit.conversationId} and upto_entry < ${last.id}`
        const fresh: ReadonlyArray<WorkingMemoryEntry> = entries.filter(
          (entry) => previous?.upto == null || entry.id > previous.upto,
        )
        const userId = unit.userId === "" ? undefined : UserId.make(unit.userId)
        let facts = 0
        let invalidated = 0
        let merged = 0
        const firstAt = new Date(fresh[0]?.createdAt ?? last.createdAt)
        const self = yield* entity(userId, "person", "user", firstAt)
        for (const entry of fresh) {
          if (entry.role !== "user") continue
          for (const fact of factsOf(entry.content)) {
            const counts = yield* assertFact(userId, self.id, fact, new Date(entry.createdAt))
            facts += counts.facts
            invalidated += counts.invalidated
            merged += counts.merged
          }
        }
        const text = summarise(fresh, new Date(last.createdAt))
        let summaryId: string | undefined
        if (text !== undefined) {
          const remembered = yield* memory.remember({
            content: text,
            kind: "summary",
            ...(userId === undefined ? {} : { userId }),
            conversationId: unit.conversationId,
            importance: 0.6,
            createdAt: new Date(last.createdAt),
          })
          summaryId = remembered.id
        }
        yield* sql`update consolidated_units set summary_id = ${summaryId ?? null}, facts = ${facts}
                   where conversation_id = ${unit.conversationId} and upto_entry = ${last.id}`
        return {
          conversationId: unit.conversationId,
          entries: fresh.length,
          summaryId,
          facts,
          invalidated,
          merged,
        } satisfies UnitResult
      }).pipe(
        sql.withTransaction,
        Effect.mapError(failed(`consolidating conversation ${unit.conversationId}`)),
      )
    })

  return Consolidation.of({
    consolidate,
    expire: () => workingMemory.compact().pipe(Effect.mapError(failed("expiring working memory"))),
  })
})

export const layer = Layer.effect(Consolidation, make)
