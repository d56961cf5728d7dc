/**
 * Reading the running service's HTTP endpoints (introspection, gateway health) with every
 * answer decoded by a Schema: what comes over the wire is checked before it is shown.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { Data, Duration, Effect, Either, ParseResult, Schema } from "effect"

/** Nothing answered at `url` (the service stopped, or the endpoint is off). */
export class ServiceUnreachable extends Data.TaggedError("ServiceUnreachable")<{
  readonly url: string
  readonly reason: string
}> {
  override get message() {
    return `no answer from ${this.url}: ${this.reason}`
  }
}

/** The endpoint answered with an error status; `detail` is its own message. */
export class ServiceRefused extends Data.TaggedError("ServiceRefused")<{
  readonly url: string
  readonly status: number
  readonly detail: string
}> {
  override get message() {
    return this.detail
  }
}

/** The endpoint answered something this CLI does not understand (a different version?). */
export class UnexpectedAnswer extends Data.TaggedError("UnexpectedAnswer")<{
  readonly url: string
  readonly problem: string
}> {
  override get message() {
    return `unexpected answer from ${this.url}: ${this.problem}`
  }
}

export type HttpReadError = ServiceUnreachable | ServiceRefused | UnexpectedAnswer

const ErrorBody = Schema.Struct({ message: Schema.String })

/** GET `url`, decoded with `schema`; answers within `timeout` or is unreachable. */
export const getJson = <A, I>(
  url: string,
  schema: Schema.Schema<A, I>,
  timeout: Duration.DurationInput = "10 seconds",
): Effect.Effect<A, HttpReadError> =>
  Effect.gen(function* () {
    const client = yield* HttpClient.HttpClient
    const response = yield* client.get(url).pipe(
      Effect.timeoutFail({
        duration: timeout,
        onTimeout: () =>
          new ServiceUnreachable({ url, reason: `no answer within ${Duration.format(timeout)}` }),
      }),
      Effect.catchTags({
        RequestError: (error) =>
          Effect.fail(
            new ServiceUnreachable({ url, reason: String(error.cause ?? error.message) }),
          ),
        ResponseError: (error) =>
          Effect.fail(new UnexpectedAnswer({ url, problem: error.message })),
      }),
    )
    const body = yield* response.json.pipe(
      Effect.mapError((error) => new UnexpectedAnswer({ url, problem: error.message })),
    )
    if (response.status < 200 || response.status >= 300) {
      const detail = Either.match(Schema.decodeUnknownEither(ErrorBody)(body), {
        onLeft: () => `HTTP ${response.status}`,
        onRight: (error) => error.message,
      })
      return yield* new ServiceRefused({ url, status: response.status, detail })
    }
    return yield* Schema.decodeUnknown(schema)(body).pipe(
      Effect.mapError(
        (error) =>
          new UnexpectedAnswer({ url, problem: ParseResult.TreeFormatter.formatErrorSync(error) }),
      ),
    )
  }).pipe(Effect.scoped, Effect.provide(FetchHttpClient.layer))
