/**
 * An HTTP middleware that records every request's latency in the
 * `aico_http_request_duration_seconds` histogram, labelled by method, route template and
 * status.
 */
import { HttpServerRequest } from "@effect/platform"
import type { HttpApp } from "@effect/platform"
import { Effect, Exit, Metric } from "effect"
import { httpRequestDuration, labelsOf } from "./GatewayMetrics.js"

export const measured =
  (routeOf: (url: string) => string) =>
  <E, R>(app: HttpApp.Default<E, R>): HttpApp.Default<E, R> =>
    Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => {
      const started = performance.now()
      return app.pipe(
        Effect.onExit((exit) =>
          Metric.update(
            Metric.taggedWithLabels(
              httpRequestDuration,
              labelsOf({
                method: request.method,
                route: routeOf(request.url),
                status: String(Exit.isSuccess(exit) ? exit.value.status : 500),
              }),
            ),
            (performance.now() - started) / 1000,
          ),
        ),
      )
    })
