/**
 * The bi-temporal knowledge graph. Facts are never changed in place: asserting a new
 * version of a node or edge expires the current one and inserts the new one at the same
 * instant, in one transaction, so "what did we believe at K about T" stays answerable.
 * The partial unique indexes (`kg_nodes_current`, `kg_edges_current`) let only one of two
 * racing corrections win; the other fails.
 *
 * Belief times are stamped to the millisecond: a JS `Date` holds no more, so a version's
 * `createdAt` passed back as `knownAt` finds exactly that version.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Cause, Context, Effect, Layer, Schema } from "effect"
import { randomUUID } from "node:crypto"
import {
  AsOf,
  EdgeAssertion,
  EntityId,
  KgEdge,
  KgNode,
  NodeAssertion,
  NodesAsOf,
  RelationId,
  VersionId,
} from "../../../schemas/data/KnowledgeGraph.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface KnowledgeGraphRepository {
  /**
   * A new entity's first version without `entityId`; with it, a new version of that entity
   * (which must have had a version before, even a retracted one).
   */
  readonly assertNode: (node: NodeAssertion) => Effect.Effect<KgNode, RepositoryError>
  /** Stops believing the entity's current version; false when there was none. */
  readonly retractNode: (entityId: EntityId) => Effect.Effect<boolean, RepositoryError>
  /** Nodes valid at `validAt` as believed at `knownAt` (default now); every user's if no `userId`. */
  readonly nodesAsOf: (query: NodesAsOf) => Effect.Effect<ReadonlyArray<KgNode>, RepositoryError>
  /** Every version of the entity, in the order they were believed. */
  readonly history: (entityId: EntityId) => Effect.Effect<ReadonlyArray<KgNode>, RepositoryError>
  readonly assertEdge: (edge: EdgeAssertion) => Effect.Effect<KgEdge, RepositoryError>
  readonly retractEdge: (relationId: RelationId) => Effect.Effect<boolean, RepositoryError>
  /** Edges from or to the entity, valid at `validAt` as believed at `knownAt` (default now). */
  readonly edgesOf: (
    entityId: EntityId,
    asOf: AsOf,
  ) => Effect.Effect<ReadonlyArray<KgEdge>, RepositoryError>
  readonly edgeHistory: (
    relationId: RelationId,
  ) => Effect.Effect<ReadonlyArray<KgEdge>, RepositoryError>
}

export const KnowledgeGraphRepository = Context.GenericTag<KnowledgeGraphRepository>(
  "aico/KnowledgeGraphRepository",
)

const Ids = Schema.Array(Schema.Struct({ id: VersionId }))

const nodes = { table: "kg_nodes", key: "entity_id" } as const
const edges = { table: "kg_edges", key: "relation_id" } as const
type Versioned = typeof nodes | typeof edges

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const stamp = sql`date_trunc('milliseconds', now())`
  const valid = (validAt: Date) =>
    sql`valid_from <= ${validAt} and (valid_until is null or ${validAt} < valid_until)`
  const believed = (knownAt: Date | undefined) => {
    const at = knownAt === undefined ? stamp : sql`${knownAt}::timestamptz`
    return sql`created_at <= ${at} and (expired_at is null or ${at} < expired_at)`
  }
  /** Fails unless the id has had a version: asserting by id never invents an entity. */
  const existed = ({ key, table }: Versioned, id: string) =>
    sql<{ found: boolean }>`select exists (
      select 1 from ${sql(table)} where ${sql(key)} = ${id}) as found`.pipe(
      Effect.flatMap(([row]) =>
        row?.found === true
          ? Effect.void
          : Effect.fail(new Cause.NoSuchElementException(`no ${table} version has ${key} ${id}`)),
      ),
    )
  /** Stops believing the current version, returning the ids of those expired (none or one). */
  const expire = ({ key, table }: Versioned, id: string) =>
    sql`update ${sql(table)} set expired_at = ${stamp}
        where ${sql(key)} = ${id} and expired_at is null returning id`.pipe(
      Effect.flatMap(Schema.decodeUnknown(Ids)),
    )

  const insertNode = SqlSchema.single({
    Request: Schema.Struct({ id: VersionId, entityId: EntityId, assertion: NodeAssertion }),
    Result: KgNode,
    execute: ({ assertion: a, entityId, id }) =>
      sql`insert into kg_nodes
            (id, entity_id, user_id, label, name, properties, valid_from, valid_until, created_at)
          values (${id}, ${entityId}, ${a.userId ?? null}, ${a.label}, ${a.name}, ${a.properties},
                  ${a.validFrom}, ${a.validUntil ?? null}, ${stamp})
          returning *`,
  })
  const insertEdge = SqlSchema.single({
    Request: Schema.Struct({ id: VersionId, relationId: RelationId, assertion: EdgeAssertion }),
    Result: KgEdge,
    execute: ({ assertion: a, id, relationId }) =>
      sql`insert into kg_edges
            (id, relation_id, user_id, source_entity, target_entity, relation, properties,
             confidence, source_message_id, valid_from, valid_until, created_at)
          values (${id}, ${relationId}, ${a.userId ?? null}, ${a.sourceEntity}, ${a.targetEntity},
                  ${a.relation}, ${a.properties ?? {}}, ${a.confidence ?? 1},
                  ${a.sourceMessageId ?? null}, ${a.validFrom}, ${a.validUntil ?? null}, ${stamp})
          returning *`,
  })
  const nodesAt = SqlSchema.findAll({
    Request: NodesAsOf,
    Result: KgNode,
    execute: ({ knownAt, userId, validAt }) =>
      sql`select * from kg_nodes where ${valid(validAt)} and ${believed(knownAt)}
          ${userId === undefined ? sql`` : sql`and user_id = ${userId}`}
          order by created_at, id`,
  })
  const nodeVersions = SqlSchema.findAll({
    Request: EntityId,
    Result: KgNode,
    execute: (entityId) =>
      sql`select * from kg_nodes where entity_id = ${entityId}
          order by created_at, expired_at nulls last, id`,
  })
  const edgesAt = SqlSchema.findAll({
    Request: Schema.Struct({ entityId: EntityId, ...AsOf.fields }),
    Result: KgEdge,
    execute: ({ entityId, knownAt, validAt }) =>
      sql`select * from kg_edges
          where (source_entity = ${entityId} or target_entity = ${entityId})
            and ${valid(validAt)} and ${believed(knownAt)}
          order by created_at, id`,
  })
  const edgeVersions = SqlSchema.findAll({
    Request: RelationId,
    Result: KgEdge,
    execute: (relationId) =>
      sql`select * from kg_edges where relation_id = ${relationId}
          order by created_at, expired_at nulls last, id`,
  })

  /** The id to insert under: a fresh one, or a known one whose current version is expired. */
  const versionOf = (kind: Versioned, given: string | undefined) =>
    given === undefined
      ? Effect.succeed(randomUUID())
      : expire(kind, given).pipe(
          Effect.tap((expired) => (expired.length > 0 ? Effect.void : existed(kind, given))),
          Effect.as(given),
        )

  return KnowledgeGraphRepository.of({
    assertNode: (node) =>
      Schema.decodeUnknown(NodeAssertion)(node).pipe(
        Effect.flatMap((assertion) =>
          versionOf(nodes, assertion.entityId).pipe(
            Effect.flatMap((entityId) =>
              insertNode({
                id: VersionId.make(randomUUID()),
                entityId: EntityId.make(entityId),
                assertion,
              }),
            ),
          ),
        ),
        sql.withTransaction,
        failsAs("assert node"),
      ),
    retractNode: (entityId) =>
      expire(nodes, entityId).pipe(
        Effect.map((expired) => expired.length > 0),
        failsAs("retract node"),
      ),
    nodesAsOf: (query) =>
      Schema.decodeUnknown(NodesAsOf)(query).pipe(Effect.flatMap(nodesAt), failsAs("nodes as of")),
    history: (entityId) => nodeVersions(entityId).pipe(failsAs("node history")),
    assertEdge: (edge) =>
      Schema.decodeUnknown(EdgeAssertion)(edge).pipe(
        Effect.flatMap((assertion) =>
          versionOf(edges, assertion.relationId).pipe(
            Effect.flatMap((relationId) =>
              insertEdge({
                id: VersionId.make(randomUUID()),
                relationId: RelationId.make(relationId),
                assertion,
              }),
            ),
          ),
        ),
        sql.withTransaction,
        failsAs("assert edge"),
      ),
    retractEdge: (relationId) =>
      expire(edges, relationId).pipe(
        Effect.map((expired) => expired.length > 0),
        failsAs("retract edge"),
      ),
    edgesOf: (entityId, asOf) =>
      Schema.decodeUnknown(AsOf)(asOf).pipe(
        Effect.flatMap((at) => edgesAt({ entityId, ...at })),
        failsAs("edges of"),
      ),
    edgeHistory: (relationId) => edgeVersions(relationId).pipe(failsAs("edge history")),
  })
})

export const layer = Layer.effect(KnowledgeGraphRepository, make)
