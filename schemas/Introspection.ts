/**
 * What the introspection endpoint shows about the actor system. These values leave the
 * process (HTTP and WebSocket), so they are Schemas.
 */
import { Schema } from "effect"

export const ActorStatus = Schema.Literal("starting", "running", "restarting", "stopped", "failed")
export type ActorStatus = typeof ActorStatus.Type

/** One node of the supervision tree, as `GET /actors` lists it. */
export class ActorInfo extends Schema.Class<ActorInfo>("ActorInfo")({
  address: Schema.String,
  parent: Schema.NullOr(Schema.String),
  kind: Schema.Literal("actor", "supervisor"),
  status: ActorStatus,
  /** XState state value (a string or a nested object); null for supervisors. */
  state: Schema.Unknown,
  mailboxDepth: Schema.Number,
  mailboxCapacity: Schema.Number,
  processed: Schema.Number,
  restarts: Schema.Number,
  lastError: Schema.NullOr(Schema.String),
  uptimeMs: Schema.Number,
}) {}

/** `GET /actors/:address`: the list entry plus the actor's context (secret fields redacted). */
export class ActorDetail extends Schema.Class<ActorDetail>("ActorDetail")({
  ...ActorInfo.fields,
  context: Schema.Unknown,
  accepts: Schema.Array(Schema.String),
  emits: Schema.Array(Schema.String),
  children: Schema.Array(Schema.String),
}) {}

export class Health extends Schema.Class<Health>("Health")({
  status: Schema.Literal("ok", "draining"),
  node: Schema.String,
  uptimeMs: Schema.Number,
  actors: Schema.Number,
}) {}

/**
 * A live event, in XState's inspection vocabulary so the Stately inspector can read it:
 * `@xstate.actor` (an actor appeared), `@xstate.event` (an event reached an actor),
 * `@xstate.snapshot` (an actor's state after a transition). Supervision decisions travel
 * as `@aico.supervision`.
 */
export const InspectionEvent = Schema.Union(
  Schema.Struct({
    type: Schema.Literal("@xstate.actor"),
    sessionId: Schema.String,
    parentId: Schema.optional(Schema.String),
    rootId: Schema.String,
    createdAt: Schema.String,
    _version: Schema.String,
  }),
  Schema.Struct({
    type: Schema.Literal("@xstate.event"),
    sessionId: Schema.String,
    sourceId: Schema.optional(Schema.String),
    rootId: Schema.String,
    event: Schema.Unknown,
    createdAt: Schema.String,
    _version: Schema.String,
  }),
  Schema.Struct({
    type: Schema.Literal("@xstate.snapshot"),
    sessionId: Schema.String,
    rootId: Schema.String,
    event: Schema.Unknown,
    snapshot: Schema.Unknown,
    createdAt: Schema.String,
    _version: Schema.String,
  }),
  Schema.Struct({
    type: Schema.Literal("@aico.supervision"),
    supervisor: Schema.String,
    child: Schema.String,
    directive: Schema.String,
    reason: Schema.String,
    restarts: Schema.Number,
    createdAt: Schema.String,
  }),
)
export type InspectionEvent = typeof InspectionEvent.Type
