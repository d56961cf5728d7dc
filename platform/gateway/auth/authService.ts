/** The implementation of `GatewayAuth` over the device repository and the master password. */
import { Effect, Either, Option, Redacted, Schema } from "effect"
import { UserId } from "../../../schemas/data/User.js"
import { DeviceId, DeviceRepository } from "../../database/repositories/DeviceRepository.js"
import type { RepositoryError } from "../../database/repositories/RepositoryError.js"
import { MasterPassword } from "../../security/MasterPassword.js"
import { Forbidden, ServiceUnavailable, TooManyAttempts, Unauthorized } from "../api/ApiErrors.js"
import type { Client, Scope } from "../api/Authentication.js"
import type { TokenPair } from "../api/AuthSchemas.js"
import type * as Jwt from "../../auth/Jwt.js"
import * as DeviceSecret from "./deviceSecret.js"
import type { GatewayAuth } from "./GatewayAuth.js"
import { LoginRateLimiter } from "./LoginRateLimiter.js"
import * as Tokens from "./tokens.js"

/** The display name of the user created for the owner on first login. */
const ownerName = "Owner"

const refused = (message: string) => new Unauthorized({ message })
const tokenRefused = refused(
  "the token was refused (missing, malformed, expired or not ours): log in at POST /auth/login",
)
const credentialRefused = refused("the password or device credential was not accepted")

const unavailable = (what: string) => (error: RepositoryError) =>
  Effect.logError(`gateway: ${what}`, error.message).pipe(
    Effect.zipRight(
      Effect.fail(new ServiceUnavailable({ message: `${what}: the database did not answer` })),
    ),
  )

const decodeUserId = Schema.decodeUnknownOption(UserId)
const decodeDeviceId = Schema.decodeUnknownOption(DeviceId)

export const make = (options: GatewayAuth.Options) =>
  Effect.gen(function* () {
    const devices = yield* DeviceRepository
    const masterPassword = yield* MasterPassword
    const limiter = new LoginRateLimiter(options.loginAttemptsPerMinute)
    // The owner never changes once made; asked once, then remembered.
    const owner = yield* Effect.cached(devices.owner(ownerName))

    /** Who a verified token's subject is now: a revoked device or a bad subject is refused. */
    const resolve = (
      claims: Jwt.Claims,
    ): Effect.Effect<Client, Unauthorized | ServiceUnavailable> => {
      const scopes = Tokens.scopesOf(claims)
      const client = (userId: UserId): Client => ({ subject: claims.sub, userId, scopes })
      if (claims.sub === Tokens.operatorSubject) {
        return owner.pipe(Effect.map(client), Effect.catchAll(unavailable("finding the owner")))
      }
      const [kind, id] = claims.sub.split(":", 2)
      if (kind === "user") {
        return Option.match(decodeUserId(id), {
          onNone: () => Effect.fail(tokenRefused),
          onSome: (userId) => Effect.succeed(client(userId)),
        })
      }
      const deviceId = decodeDeviceId(id)
      if (kind !== "device" || Option.isNone(deviceId)) return Effect.fail(tokenRefused)
      return devices.findById(deviceId.value).pipe(
        Effect.catchAll(unavailable("checking the device")),
        Effect.flatMap(
          Option.match({
            onNone: () => Effect.fail(refused("this device's credential was revoked")),
            onSome: (device) => Effect.succeed(client(device.userId)),
          }),
        ),
      )
    }

    const verified = (token: string, type: Jwt.TokenType) =>
      Either.match(Tokens.verify(options.tokensKey, token, type), {
        onLeft: (reason) =>
          Effect.logDebug(`gateway: ${reason.message}`).pipe(
            Effect.zipRight(Effect.fail(tokenRefused)),
          ),
        onRight: Effect.succeed,
      })

    const issue = (subject: string, scopes: ReadonlyArray<Scope>) =>
      Tokens.issuePair(options.tokensKey, subject, scopes)

    const passwordLogin = (
      password: Redacted.Redacted<string>,
    ): Effect.Effect<TokenPair, Unauthorized | ServiceUnavailable> =>
      masterPassword.unlock(password).pipe(
        Effect.matchEffect({
          onFailure: (error): Effect.Effect<never, Unauthorized | ServiceUnavailable> =>
            error._tag === "WrongPassword"
              ? Effect.fail(credentialRefused)
              : Effect.logError(
                  "gateway: the master password cannot be checked",
                  error.message,
                ).pipe(
                  Effect.zipRight(
                    Effect.fail(
                      new ServiceUnavailable({
                        message: "the master password cannot be checked now",
                      }),
                    ),
                  ),
                ),
          onSuccess: () =>
            owner.pipe(
              Effect.catchAll(unavailable("finding the owner")),
              Effect.map((userId) => issue(Tokens.userSubject(userId), Tokens.ownerScopes)),
            ),
        }),
      )

    const deviceLogin = (
      deviceId: string,
      secret: Redacted.Redacted<string>,
    ): Effect.Effect<TokenPair, Unauthorized | ServiceUnavailable> =>
      Effect.gen(function* () {
        const id = decodeDeviceId(deviceId)
        const row = Option.isNone(id)
          ? Option.none()
          : yield* devices
              .findCredential(id.value)
              .pipe(Effect.catchAll(unavailable("checking the device")))
        const stored = Option.getOrUndefined(row)
        if (
          !DeviceSecret.matches(Redacted.value(secret), stored?.secretHash) ||
          stored === undefined
        ) {
          return yield* credentialRefused
        }
        yield* devices.markUsed(stored.id).pipe(Effect.catchAll(unavailable("recording the login")))
        return issue(Tokens.deviceSubject(stored.id), Tokens.deviceScopes)
      })

    const service: GatewayAuth.Service = {
      authenticate: (token) => Effect.flatMap(verified(token, "access"), resolve),
      login: (request, clientAddress) =>
        Effect.suspend(
          (): Effect.Effect<TokenPair, Unauthorized | TooManyAttempts | ServiceUnavailable> => {
            const decision = limiter.attempt(clientAddress, Date.now())
            if (!decision.allowed) {
              return Effect.fail(
                new TooManyAttempts({
                  retryAfterSeconds: decision.retryAfterSeconds,
                  message: `too many login attempts from ${clientAddress}: try again in ${decision.retryAfterSeconds} s`,
                }),
              )
            }
            return "password" in request
              ? passwordLogin(request.password)
              : deviceLogin(request.deviceId, request.secret)
          },
        ),
      refresh: (refreshToken) =>
        verified(refreshToken, "refresh").pipe(
          Effect.flatMap(resolve),
          Effect.map((client) => issue(client.subject, client.scopes)),
        ),
      createDevice: (client, name) =>
        Effect.gen(function* () {
          if (!client.scopes.includes("operator")) {
            return yield* new Forbidden({
              scope: "operator",
              message: "only the owner (master password or operator) can add devices",
            })
          }
          const secret = DeviceSecret.newSecret()
          const device = yield* devices
            .create(client.userId, name, DeviceSecret.hashOf(secret))
            .pipe(Effect.catchAll(unavailable("adding the device")))
          return { deviceId: device.id, secret }
        }),
    }
    return service
  })
