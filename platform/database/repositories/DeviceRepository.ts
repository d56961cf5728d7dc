/**
 * Devices that log in to the gateway with their own credential, and the owner they act
 * for. A device's secret is never stored, only its SHA-256 hash; deleting the row revokes
 * the device (its tokens stop working at their next use).
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, type Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { UserId } from "../../../schemas/data/User.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export const DeviceId = Schema.UUID.pipe(Schema.brand("DeviceId"))
export type DeviceId = typeof DeviceId.Type

export class Device extends Schema.Class<Device>("Device")({
  id: DeviceId,
  userId: UserId,
  name: Schema.String,
  createdAt: Schema.DateFromSelf,
  lastUsedAt: Schema.NullOr(Schema.DateFromSelf),
}) {}

/** A device with the hash its secret must match. */
export const DeviceCredentialRow = Schema.Struct({
  ...Device.fields,
  secretHash: Schema.Uint8ArrayFromSelf,
})
export type DeviceCredentialRow = typeof DeviceCredentialRow.Type

export interface DeviceRepository {
  readonly create: (
    userId: UserId,
    name: string,
    secretHash: Uint8Array,
  ) => Effect.Effect<Device, RepositoryError>
  readonly findById: (id: DeviceId) => Effect.Effect<Option.Option<Device>, RepositoryError>
  readonly findCredential: (
    id: DeviceId,
  ) => Effect.Effect<Option.Option<DeviceCredentialRow>, RepositoryError>
  readonly markUsed: (id: DeviceId) => Effect.Effect<void, RepositoryError>
  readonly remove: (id: DeviceId) => Effect.Effect<boolean, RepositoryError>
  /**
   * The user the master password (and the operator) act for: the first user, created as
   * `displayName` on first use. Concurrent first calls agree on one user.
   */
  readonly owner: (displayName: string) => Effect.Effect<UserId, RepositoryError>
}

export const DeviceRepository = Context.GenericTag<DeviceRepository>("aico/DeviceRepository")

/** An arbitrary constant naming the owner-creation lock among advisory locks ("OWNR"). */
const ownerLock = 0x4f_57_4e_52

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const insert = SqlSchema.single({
    Request: Schema.Struct({
      id: DeviceId,
      userId: UserId,
      name: Schema.String,
      secretHash: Schema.Uint8ArrayFromSelf,
    }),
    Result: Device,
    execute: (row) =>
      sql`insert into devices ${sql.insert(row)}
          returning id, user_id, name, created_at, last_used_at`,
  })
  const byId = SqlSchema.findOne({
    Request: DeviceId,
    Result: Device,
    execute: (id) =>
      sql`select id, user_id, name, created_at, last_used_at from devices where id = ${id}`,
  })
  const credential = SqlSchema.findOne({
    Request: DeviceId,
    Result: DeviceCredentialRow,
    execute: (id) => sql`select * from devices where id = ${id}`,
  })
  const firstUser = SqlSchema.findOne({
    Request: Schema.Void,
    Result: Schema.Struct({ id: UserId }),
    execute: () => sql`select id from users order by created_at, id limit 1`,
  })
  const newUser = SqlSchema.single({
    Request: Schema.Struct({ id: UserId, displayName: Schema.String }),
    Result: Schema.Struct({ id: UserId }),
    execute: (row) => sql`insert into users ${sql.insert(row)} returning id`,
  })

  const owner = (displayName: string) =>
    sql`select pg_advisory_xact_lock(${ownerLock})`.pipe(
      Effect.zipRight(firstUser(undefined)),
      Effect.flatMap((found) =>
        found._tag === "Some"
          ? Effect.succeed(found.value.id)
          : Effect.map(newUser({ id: UserId.make(randomUUID()), displayName }), (row) => row.id),
      ),
      sql.withTransaction,
    )

  return DeviceRepository.of({
    create: (userId, name, secretHash) =>
      insert({ id: DeviceId.make(randomUUID()), userId, name, secretHash }).pipe(
        failsAs("create device"),
      ),
    findById: (id) => byId(id).pipe(failsAs("find device")),
    findCredential: (id) => credential(id).pipe(failsAs("find device credential")),
    markUsed: (id) =>
      sql`update devices set last_used_at = now() where id = ${id}`.pipe(
        Effect.asVoid,
        failsAs("mark device used"),
      ),
    remove: (id) =>
      sql`delete from devices where id = ${id} returning id`.pipe(
        Effect.map((rows) => rows.length > 0),
        failsAs("remove device"),
      ),
    owner: (displayName) => owner(displayName).pipe(failsAs("find the owner")),
  })
})

export const layer = Layer.effect(DeviceRepository, make)
