/** A person AICO talks with. */
import { Schema } from "effect"

export const UserId = Schema.UUID.pipe(Schema.brand("UserId"))
export type UserId = typeof UserId.Type

export const DisplayName = Schema.String.pipe(
  Schema.trimmed(),
  Schema.minLength(1),
  Schema.maxLength(200),
)

export class User extends Schema.Class<User>("User")({
  id: UserId,
  displayName: DisplayName,
  createdAt: Schema.DateFromSelf,
  updatedAt: Schema.DateFromSelf,
}) {}

export const NewUser = Schema.Struct({ displayName: DisplayName })
export type NewUser = typeof NewUser.Type
