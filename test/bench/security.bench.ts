/**
 * The `security` suite: what encryption costs. Bus throughput (actor-to-actor tell between
 * two processes over ipc, as in the runtime suite) with CurveZMQ on and off, alternated so
 * both see the same machine; and `EncryptedFile` writes against plain file writes.
 */
import { Effect } from "effect"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { measureTell } from "./runtime/tell.js"
import { twoNodes } from "./runtime/twoNodes.js"
import { encryptedFileBench } from "./security/encryptedFile.js"
import { heading, line, rate } from "./support/report.js"
import { median, round } from "./support/stats.js"
import { tempDir } from "./support/tempDir.js"

const plan = { warmup: 30_000, messages: 200_000, chunk: 1000, markers: 4, rounds: 2 } as const
const mailboxCapacity = 20_000

const tellRate = (dir: string, curve: boolean) =>
  Effect.scoped(
    Effect.gen(function* () {
      mkdirSync(dir, { recursive: true })
      const nodes = yield* twoNodes({ dir, sync: true, mailboxCapacity, curve })
      yield* Effect.promise(() => measureTell(nodes, { ...plan, messages: plan.warmup }))
      const result = yield* Effect.promise(() => measureTell(nodes, plan))
      line(
        `tell, CurveZMQ ${curve ? "on " : "off"}`,
        rate(result.msgsPerS),
        `CPU per msg: sender ${result.senderCpuUs.toFixed(2)} µs, receiver ${result.receiverCpuUs.toFixed(2)} µs`,
      )
      return result.msgsPerS
    }),
  )

const program = Effect.gen(function* () {
  const dir = yield* tempDir("aico-bench-security-")
  heading(
    "security: bus throughput with CurveZMQ on vs off (two processes over ipc, 64-byte notes)",
  )
  const plain: Array<number> = []
  const curve: Array<number> = []
  for (let round = 0; round < plan.rounds; round++) {
    plain.push(yield* tellRate(join(dir, `plain-${round}`), false))
    curve.push(yield* tellRate(join(dir, `curve-${round}`), true))
  }
  const ratio = median(curve) / median(plain)
  line("CurveZMQ on / off (medians)", ratio.toFixed(3))
  return { ratio }
})

export const run = async (): Promise<Record<string, number>> => {
  const { ratio } = await Effect.runPromise(Effect.scoped(program))
  heading("security: EncryptedFile (AES-256-GCM, chunked) vs plain file writes")
  const files = await encryptedFileBench()
  return {
    curve_ratio: round(ratio, 3),
    encrypted_file_mb_per_s: round(files.encrypted_file_mb_per_s, 1),
    plain_file_mb_per_s: round(files.plain_file_mb_per_s, 1),
  }
}
