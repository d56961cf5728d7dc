/**
 * The file snapshot store on a real directory: a save replaces the actor's file whole and
 * leaves nothing else behind, a damaged file loads as nothing, and with `sync` a durable
 * save resolves only after the file's data and its rename are on the disk (seen by strace).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { FileSnapshotStore } from "../../../runtime/snapshot/FileSnapshotStore.js"
import { tempDir } from "../../support/nodes.js"

const child = fileURLToPath(new URL("./saveSnapshot.child.ts", import.meta.url))

/** The system calls the child made that matter here, in order, one per line. */
const traceSave = (directory: string, sync: boolean, durable: boolean): Array<string> => {
  const log = join(directory, "strace.log")
  try {
    execFileSync(
      "strace",
      ["-f", "-qq", "-o", log, "-e", "trace=fdatasync,fsync,rename,renameat,renameat2,write"]
        .concat(["-e", "signal=none", process.execPath, "--import", "tsx", child])
        .concat([join(directory, "snapshots"), String(sync), String(durable)]),
      { stdio: ["ignore", "pipe", "pipe"] },
    )
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT"
    throw new Error(
      missing
        ? "strace not found: this test needs the Debian package strace (apt-get install strace)"
        : `the traced save failed: ${String(error)}`,
    )
  }
  return readFileSync(log, "utf8")
    .split("\n")
    .map((line) => line.replace(/^\d+\s+/, ""))
    .filter(
      (line) =>
        /^(fdatasync|fsync)\(/.test(line) || /^rename/.test(line) || /^write\(1, "saved/.test(line),
    )
}

const step = (line: string) =>
  line.startsWith("write") ? "saved" : line.startsWith("rename") ? "rename" : line.split("(")[0]!

describe("file snapshot store", () => {
  for (const sync of [false, true])
    it.scopedLive(`saves, replaces and removes a snapshot (sync: ${sync})`, () =>
      Effect.gen(function* () {
        const directory = join(yield* tempDir(), "snapshots")
        const store = new FileSnapshotStore(directory, { sync })
        yield* Effect.promise(() => store.save("counter@a/b", { value: "counting", n: 1 }))
        yield* Effect.promise(() =>
          store.save("counter@a/b", { value: "counting", n: 2 }, { durable: true }),
        )
        expect(yield* Effect.promise(() => store.load("counter@a/b"))).toEqual({
          value: "counting",
          n: 2,
        })
        expect(readdirSync(directory)).toEqual([`${encodeURIComponent("counter@a/b")}.json`])
        yield* Effect.promise(() => store.remove("counter@a/b"))
        expect(yield* Effect.promise(() => store.load("counter@a/b"))).toBeUndefined()
        expect(readdirSync(directory)).toEqual([])
      }),
    )

  it.scopedLive("a damaged file loads as nothing, so the actor starts fresh", () =>
    Effect.gen(function* () {
      const directory = join(yield* tempDir(), "snapshots")
      const store = new FileSnapshotStore(directory)
      writeFileSync(join(directory, "counter%40a.json"), '{"value": "count')
      expect(yield* Effect.promise(() => store.load("counter@a"))).toBeUndefined()
    }),
  )

  it.scopedLive(
    "with sync, a durable save syncs the file before its rename and the directory after it",
    () =>
      Effect.gen(function* () {
        const durable = traceSave(yield* tempDir(), true, true).map(step)
        expect(durable).toEqual(["fdatasync", "rename", "fsync", "saved"])
        // What only at-most-once messages changed is not worth a disk sync.
        const plain = traceSave(yield* tempDir(), true, false).map(step)
        expect(plain).toEqual(["rename", "saved"])
        const unsynced = traceSave(yield* tempDir(), false, true).map(step)
        expect(unsynced).toEqual(["rename", "saved"])
      }),
    30_000,
  )
})
