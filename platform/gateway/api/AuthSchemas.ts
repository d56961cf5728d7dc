/** Bodies of the login, refresh and device routes. */
import { Schema } from "effect"

export const PasswordLogin = Schema.Struct({
  password: Schema.Redacted(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(1024))),
}).annotations({ identifier: "PasswordLogin", description: "Log in with the master password." })

/** A device credential from `POST /auth/devices`. */
export const DeviceLogin = Schema.Struct({
  deviceId: Schema.UUID,
  secret: Schema.Redacted(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256))),
}).annotations({ identifier: "DeviceLogin", description: "Log in with a device credential." })

export const LoginRequest = Schema.Union(PasswordLogin, DeviceLogin)
export type LoginRequest = typeof LoginRequest.Type

export const RefreshRequest = Schema.Struct({
  refreshToken: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4096)),
}).annotations({ identifier: "RefreshRequest" })

export const TokenPair = Schema.Struct({
  /** Sent as `Authorization: Bearer <accessToken>` (or `?token=` on `/ws`). */
  accessToken: Schema.String,
  /** Good only for `POST /auth/refresh`. */
  refreshToken: Schema.String,
  /** Seconds until the access token expires. */
  expiresIn: Schema.Int,
}).annotations({ identifier: "TokenPair" })
export type TokenPair = typeof TokenPair.Type

export const DeviceName = Schema.String.pipe(
  Schema.trimmed(),
  Schema.minLength(1),
  Schema.maxLength(100),
)

export const NewDevice = Schema.Struct({ name: DeviceName }).annotations({
  identifier: "NewDevice",
})

/** Shown once: only a hash of the secret is kept. */
export const DeviceCredential = Schema.Struct({
  deviceId: Schema.UUID,
  secret: Schema.String,
}).annotations({ identifier: "DeviceCredential" })
export type DeviceCredential = typeof DeviceCredential.Type
