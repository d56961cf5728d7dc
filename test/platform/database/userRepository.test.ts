import { describe, expect, layer } from "@effect/vitest"
import { Effect, Either, Layer, Option } from "effect"
import * as UserRepository from "../../../platform/database/repositories/UserRepository.js"
import { UserId } from "../../../schemas/data/User.js"
import { databaseLayer } from "../../support/databaseLayer.js"
import { databaseKinds } from "../../support/postgres.js"

describe.each(databaseKinds)("UserRepository on $kind", ({ options }) => {
  layer(UserRepository.layer.pipe(Layer.provideMerge(databaseLayer(options))), { timeout: 60_000 })(
    (it) => {
      it.effect("creates, finds and renames a user", () =>
        Effect.gen(function* () {
          const users = yield* UserRepository.UserRepository
          const created = yield* users.create({ displayName: "Ada" })
          expect(created.displayName).toBe("Ada")
          const found = yield* users.findById(created.id)
          expect(Option.map(found, (u) => u.displayName)).toEqual(Option.some("Ada"))
          const renamed = yield* users.rename(created.id, "Ada L.")
          expect(Option.map(renamed, (u) => u.displayName)).toEqual(Option.some("Ada L."))
          const missing = yield* users.findById(UserId.make("00000000-0000-4000-8000-000000000000"))
          expect(Option.isNone(missing)).toBe(true)
        }),
      )
      it.effect("refuses an empty name with a typed error and writes nothing", () =>
        Effect.gen(function* () {
          const users = yield* UserRepository.UserRepository
          const result = yield* Effect.either(users.create({ displayName: "" }))
          expect(Either.isLeft(result) && result.left._tag).toBe("RepositoryError")
        }),
      )
    },
  )
})
