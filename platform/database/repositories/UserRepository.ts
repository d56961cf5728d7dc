/**
 * People AICO talks with. Every method joins the caller's transaction when there is one
 * (`sql.withTransaction`), so one request or actor step is one transaction.
 */
import { SqlClient, SqlSchema } from "@effect/sql"
import { Context, Effect, Layer, type Option, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { NewUser, User, UserId } from "../../../schemas/data/User.js"
import { failsAs, type RepositoryError } from "./RepositoryError.js"

export interface UserRepository {
  readonly create: (input: NewUser) => Effect.Effect<User, RepositoryError>
  readonly findById: (id: UserId) => Effect.Effect<Option.Option<User>, RepositoryError>
  readonly rename: (
    id: UserId,
    displayName: string,
  ) => Effect.Effect<Option.Option<User>, RepositoryError>
  /** The user with this well-known id (the local user), created with `displayName` if new. */
  readonly ensure: (id: UserId, displayName: string) => Effect.Effect<User, RepositoryError>
}

export const UserRepository = Context.GenericTag<UserRepository>("aico/UserRepository")

export const make = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient

  const insert = SqlSchema.single({
    Request: Schema.Struct({ id: UserId, displayName: Schema.String }),
    Result: User,
    execute: (row) => sql`insert into users ${sql.insert(row)} returning *`,
  })
  const byId = SqlSchema.findOne({
    Request: UserId,
    Result: User,
    execute: (id) => sql`select * from users where id = ${id}`,
  })
  const update = SqlSchema.findOne({
    Request: Schema.Struct({ id: UserId, displayName: Schema.String }),
    Result: User,
    execute: ({ displayName, id }) =>
      sql`update users set display_name = ${displayName}, updated_at = now() where id = ${id} returning *`,
  })

  const insertMissing = SqlSchema.single({
    Request: Schema.Struct({ id: UserId, displayName: Schema.String }),
    Result: User,
    // The no-op update makes `returning` give the row whether or not it was just made.
    execute: (row) =>
      sql`insert into users ${sql.insert(row)}
          on conflict (id) do update set id = excluded.id returning *`,
  })

  return UserRepository.of({
    create: (input) =>
      Schema.decodeUnknown(NewUser)(input).pipe(
        Effect.flatMap(({ displayName }) => insert({ id: UserId.make(randomUUID()), displayName })),
        failsAs("create user"),
      ),
    findById: (id) => byId(id).pipe(failsAs("find user")),
    rename: (id, displayName) =>
      Schema.decodeUnknown(NewUser)({ displayName }).pipe(
        Effect.flatMap(() => update({ id, displayName })),
        failsAs("rename user"),
      ),
    ensure: (id, displayName) =>
      Schema.decodeUnknown(NewUser)({ displayName }).pipe(
        Effect.flatMap(() => insertMissing({ id, displayName })),
        failsAs("ensure user"),
      ),
  })
})

export const layer = Layer.effect(UserRepository, make)
