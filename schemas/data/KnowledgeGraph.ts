/**
 * Bi-temporal knowledge-graph rows. `validFrom`/`validUntil` say when a fact held in the
 * world; `createdAt`/`expiredAt` when the database believed it. Both are half-open
 * intervals: a version is valid at `t` when `validFrom <= t < validUntil` and believed at
 * `k` when `createdAt <= k < expiredAt` (a null end is open).
 */
import { Schema } from "effect"
import { JsonObject } from "./Json.js"
import { MessageId } from "./Message.js"
import { UserId } from "./User.js"

/** The thing a node describes, stable across its versions. */
export const EntityId = Schema.UUID.pipe(Schema.brand("EntityId"))
export type EntityId = typeof EntityId.Type

/** The fact an edge states, stable across its versions. */
export const RelationId = Schema.UUID.pipe(Schema.brand("RelationId"))
export type RelationId = typeof RelationId.Type

/** One version of a node or an edge. */
export const VersionId = Schema.UUID.pipe(Schema.brand("KgVersionId"))
export type VersionId = typeof VersionId.Type

export const Confidence = Schema.Number.pipe(Schema.between(0, 1))

const Validity = {
  validFrom: Schema.DateFromSelf,
  validUntil: Schema.NullOr(Schema.DateFromSelf),
  createdAt: Schema.DateFromSelf,
  expiredAt: Schema.NullOr(Schema.DateFromSelf),
}

export class KgNode extends Schema.Class<KgNode>("KgNode")({
  id: VersionId,
  entityId: EntityId,
  userId: Schema.NullOr(UserId),
  label: Schema.String,
  name: Schema.String,
  properties: JsonObject,
  ...Validity,
}) {}

export class KgEdge extends Schema.Class<KgEdge>("KgEdge")({
  id: VersionId,
  relationId: RelationId,
  userId: Schema.NullOr(UserId),
  sourceEntity: EntityId,
  targetEntity: EntityId,
  relation: Schema.String,
  properties: JsonObject,
  confidence: Confidence,
  sourceMessageId: Schema.NullOr(MessageId),
  ...Validity,
}) {}

const validRange = (fact: { readonly validFrom: Date; readonly validUntil?: Date | undefined }) =>
  fact.validUntil === undefined ||
  fact.validUntil > fact.validFrom ||
  "validUntil must be after validFrom"

/** A node to assert: a new entity without `entityId`, a new version of one with it. */
export const NodeAssertion = Schema.Struct({
  entityId: Schema.optional(EntityId),
  userId: Schema.optional(UserId),
  label: Schema.String.pipe(Schema.minLength(1)),
  name: Schema.String.pipe(Schema.minLength(1)),
  properties: JsonObject,
  validFrom: Schema.DateFromSelf,
  validUntil: Schema.optional(Schema.DateFromSelf),
}).pipe(Schema.filter(validRange))
export type NodeAssertion = typeof NodeAssertion.Type

/** An edge to assert: a new relation without `relationId`, a new version of one with it. */
export const EdgeAssertion = Schema.Struct({
  relationId: Schema.optional(RelationId),
  userId: Schema.optional(UserId),
  sourceEntity: EntityId,
  targetEntity: EntityId,
  relation: Schema.String.pipe(Schema.minLength(1)),
  properties: Schema.optional(JsonObject),
  confidence: Schema.optional(Confidence),
  sourceMessageId: Schema.optional(MessageId),
  validFrom: Schema.DateFromSelf,
  validUntil: Schema.optional(Schema.DateFromSelf),
}).pipe(Schema.filter(validRange))
export type EdgeAssertion = typeof EdgeAssertion.Type

/** A point in both times: the world at `validAt`, as the database knew it at `knownAt`. */
export const AsOf = Schema.Struct({
  validAt: Schema.DateFromSelf,
  knownAt: Schema.optional(Schema.DateFromSelf),
})
export type AsOf = typeof AsOf.Type

export const NodesAsOf = Schema.Struct({
  userId: Schema.optional(UserId),
  ...AsOf.fields,
})
export type NodesAsOf = typeof NodesAsOf.Type
