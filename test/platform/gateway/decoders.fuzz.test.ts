/**
 * The gateway's decoders and bounded structures under random input: whatever a client
 * sends, frame decoding answers a frame or a refusal with a known code and never throws;
 * every valid frame decodes to itself; login bodies decode or fail as data; the resume
 * ring returns exactly the kept frames after a seq; the token bucket never lets more
 * through than its burst and rate allow; Prometheus text stays line-well-formed.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck as fc, Metric, MetricLabel, Schema } from "effect"
import { ClientFrame } from "../../../schemas/client/ClientFrame.js"
import { ErrorCode } from "../../../schemas/client/ServerFrame.js"
import { LoginRequest } from "../../../platform/gateway/api/AuthSchemas.js"
import { decodeClientFrame } from "../../../platform/gateway/socket/frames.js"
import { ResumeRing } from "../../../platform/gateway/socket/ResumeRing.js"
import { TokenBucket } from "../../../platform/gateway/socket/TokenBucket.js"
import * as PrometheusText from "../../../platform/metrics/PrometheusText.js"

const codes: ReadonlySet<string> = new Set(ErrorCode.literals)
const clientTypes = ClientFrame.members.map((member) => member.fields.type.literals[0])

const decodesOrRefuses = (text: string) => {
  const result = decodeClientFrame(text)
  return Either.isRight(result) || codes.has(result.left.code)
}

describe("gateway decoders under random input", () => {
  it("any text decodes to a frame or a refusal with a known code", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), decodesOrRefuses), { numRuns: 2000 })
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (json) => decodesOrRefuses(json)),
      { numRuns: 2000 },
    )
  })

  it("objects with a known type and random fields are frames or 'invalid', never a crash", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...clientTypes),
        fc.dictionary(
          fc.constantFrom(
            "id",
            "text",
            "conversationId",
            "messageId",
            "rating",
            "comment",
            "addresses",
            "x",
          ),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        (type, fields) => {
          const result = decodeClientFrame(JSON.stringify({ ...fields, type }))
          return Either.isRight(result)
            ? result.right.type === type
            : result.left.code === "invalid"
        },
      ),
      { numRuns: 2000 },
    )
  })

  it("every valid frame decodes to itself", () => {
    fc.assert(
      fc.property(Arbitrary.make(ClientFrame), (frame) => {
        const decoded = decodeClientFrame(JSON.stringify(frame))
        return Either.isRight(decoded) && JSON.stringify(decoded.right) === JSON.stringify(frame)
      }),
      { numRuns: 1000 },
    )
  })

  it("login bodies decode or fail as data", () => {
    const decode = Schema.decodeUnknownEither(LoginRequest)
    fc.assert(
      fc.property(fc.anything(), (body) => {
        const result = decode(body)
        return Either.isLeft(result) || "password" in result.right || "deviceId" in result.right
      }),
      { numRuns: 2000 },
    )
  })

  it("the resume ring returns exactly the kept frames after a seq", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -2, max: 70 }),
        (capacity, pushed, after) => {
          const ring = new ResumeRing(capacity)
          for (let seq = 1; seq <= pushed; seq++) ring.push(seq, `f${seq}`)
          const kept = ring.after(after)
          if (after < 0 || after > pushed) return kept === undefined
          const first = Math.max(after + 1, pushed - capacity + 1)
          const expected = Array.from(
            { length: Math.max(0, pushed - first + 1) },
            (_, i) => `f${first + i}`,
          )
          return (
            kept !== undefined &&
            JSON.stringify(kept.frames) === JSON.stringify(expected) &&
            kept.lost === Math.max(0, first - (after + 1))
          )
        },
      ),
      { numRuns: 2000 },
    )
  })

  it("the token bucket lets through at most its burst plus its rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 300 }),
        (perSecond, burst, gaps) => {
          const bucket = new TokenBucket(perSecond, burst, 0)
          let now = 0
          let allowed = 0
          for (const gap of gaps) {
            now += gap
            if (bucket.take(now)) allowed++
          }
          return allowed <= burst + (now * perSecond) / 1000 + 1e-9
        },
      ),
      { numRuns: 1000 },
    )
  })

  it("Prometheus text has a header per name and well-formed series lines", () => {
    const label = fc.string({ maxLength: 12 })
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.string({ maxLength: 16 }), label, label, fc.double({ noNaN: false })),
          { maxLength: 8 },
        ),
        (entries) => {
          for (const [name, key, value, amount] of entries) {
            const gauge = Metric.gauge(`fuzz_${name}`).pipe(
              Metric.taggedWithLabels([MetricLabel.make(`k${key}`, value)]),
            )
            Effect.runSync(Metric.set(gauge, amount))
          }
          const pairs = Effect.runSync(Metric.snapshot).filter((pair) =>
            pair.metricKey.name.startsWith("fuzz_"),
          )
          const text = PrometheusText.render(pairs)
          return text
            .split("\n")
            .filter((line) => line !== "")
            .every(
              (line) =>
                /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*$/.test(line) ||
                /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? (NaN|[+-]Inf|-?[0-9.e+-]+)$/.test(
                  line,
                ),
            )
        },
      ),
      { numRuns: 300 },
    )
    expect(PrometheusText.render([])).toBe("")
  })
})
