/**
 * Snapshots as JSON files, one per actor, replaced atomically (write a temporary file,
 * then rename) so a crash mid-write leaves the previous snapshot intact.
 */
import { mkdirSync } from "node:fs"
import { readFile, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { SnapshotStore } from "./SnapshotStore.js"

const fileName = (address: string) => `${encodeURIComponent(address)}.json`

export class FileSnapshotStore implements SnapshotStore {
  constructor(private readonly directory: string) {
    mkdirSync(directory, { recursive: true })
  }

  async save(address: string, snapshot: unknown): Promise<void> {
    const path = join(this.directory, fileName(address))
    const temporary = `${path}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify(snapshot))
    await rename(temporary, path)
  }

  async load(address: string): Promise<unknown> {
    let text: string
    try {
      text = await readFile(join(this.directory, fileName(address)), "utf8")
    } catch {
      return undefined
    }
    try {
      return JSON.parse(text) as unknown
    } catch {
      // A damaged snapshot must not keep the actor from starting: it starts fresh instead.
      return undefined
    }
  }

  async remove(address: string): Promise<void> {
    await rm(join(this.directory, fileName(address)), { force: true })
  }
}
