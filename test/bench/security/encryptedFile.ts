/**
 * `EncryptedFile` write throughput against plain file writes: 256 MiB in 1 MiB writes to
 * a temp file, each ending in an fsync (the encrypted writer also renames its partial file
 * into place), best of 3, the two alternated so both see the same machine. Figures are
 * MiB (2^20 bytes) per second.
 */
import { Effect } from "effect"
import { randomBytes } from "node:crypto"
import { closeSync, createWriteStream, fsyncSync, openSync, rmSync } from "node:fs"
import { join } from "node:path"
import * as EncryptedFile from "../../../platform/crypto/EncryptedFile.js"
import * as SecretKey from "../../../platform/crypto/SecretKey.js"
import { line } from "../support/report.js"
import { tempDir } from "../support/tempDir.js"

export interface EncryptedFileBenchResult {
  readonly encrypted_file_mb_per_s: number
  readonly plain_file_mb_per_s: number
}

const MIB = 1024 * 1024
const TOTAL_MIB = 256
const ROUNDS = 3

// Random bytes, so nothing below (a compressing file system, say) gets an easy ride.
const block = new Uint8Array(randomBytes(MIB))

const timed = async (work: () => Promise<void>): Promise<number> => {
  const started = performance.now()
  await work()
  return performance.now() - started
}

const writeEncrypted = (path: string, key: SecretKey.SecretKey) =>
  Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const writer = yield* EncryptedFile.open(path, key)
        for (let i = 0; i < TOTAL_MIB; i++) yield* writer.write(block)
        yield* writer.close()
      }),
    ),
  )

const writePlain = (path: string) =>
  new Promise<void>((resolve, reject) => {
    const fd = openSync(path, "w")
    const stream = createWriteStream("", { fd, autoClose: false })
    let written = 0
    const pump = () => {
      while (written < TOTAL_MIB) {
        written++
        if (!stream.write(block)) return void stream.once("drain", pump)
      }
      stream.end()
    }
    stream.on("error", reject)
    stream.on("finish", () => {
      fsyncSync(fd)
      closeSync(fd)
      resolve()
    })
    pump()
  })

const mibPerS = (ms: number) => (TOTAL_MIB * 1000) / ms

const bench = Effect.gen(function* () {
  const dir = yield* tempDir("aico-bench-encrypted-file-")
  const key = SecretKey.random()
  const encryptedMs: Array<number> = []
  const plainMs: Array<number> = []
  for (let round = 0; round < ROUNDS; round++) {
    const encrypted = join(dir, "encrypted.enc")
    const plain = join(dir, "plain.bin")
    encryptedMs.push(yield* Effect.promise(() => timed(() => writeEncrypted(encrypted, key))))
    rmSync(encrypted)
    plainMs.push(yield* Effect.promise(() => timed(() => writePlain(plain))))
    rmSync(plain)
  }
  return { encryptedMs, plainMs }
})

export async function encryptedFileBench(): Promise<EncryptedFileBenchResult> {
  const { encryptedMs, plainMs } = await Effect.runPromise(Effect.scoped(bench))
  const runs = (samples: ReadonlyArray<number>) =>
    `runs: ${samples.map((ms) => `${mibPerS(ms).toFixed(0)}`).join(", ")} MiB/s`
  const encrypted = mibPerS(Math.min(...encryptedMs))
  const plain = mibPerS(Math.min(...plainMs))
  line(
    `EncryptedFile write, ${TOTAL_MIB} MiB`,
    `${encrypted.toFixed(1)} MiB/s`,
    `1 MiB writes, 64 KiB chunks, fsync + rename; best of ${ROUNDS} (${runs(encryptedMs)})`,
  )
  line(
    `plain fs write stream, ${TOTAL_MIB} MiB`,
    `${plain.toFixed(1)} MiB/s`,
    `1 MiB writes, fsync; best of ${ROUNDS} (${runs(plainMs)})`,
  )
  line("encrypted / plain", (encrypted / plain).toFixed(3))
  return { encrypted_file_mb_per_s: encrypted, plain_file_mb_per_s: plain }
}
