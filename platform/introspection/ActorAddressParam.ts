/**
 * The `:address` path parameter of `GET /actors/:address`, decoded before it reaches the
 * actor system so a malformed one is refused with 400 instead of looked up.
 */
import { Effect, ParseResult, Schema } from "effect"

const part = "[A-Za-z0-9._-]+"

/** `name@node` (more `@`-separated parts allowed): letters, digits, `.`, `-` and `_`. */
export const ActorAddressParam = Schema.String.pipe(
  Schema.maxLength(256, { message: () => "an actor address is at most 256 characters long" }),
  Schema.pattern(new RegExp(`^${part}(?:@${part})*$`), {
    message: () =>
      'an actor address looks like "name@node": letters, digits, ".", "-" and "_", parts joined by "@"',
  }),
)

/** Decodes a raw path parameter; the failure is a sentence a person can act on. */
export const decodeActorAddress = (raw: string): Effect.Effect<string, string> =>
  Schema.decodeUnknown(ActorAddressParam)(raw).pipe(
    Effect.mapError((error) => ParseResult.TreeFormatter.formatErrorSync(error)),
  )
