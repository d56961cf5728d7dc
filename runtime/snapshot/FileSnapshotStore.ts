/**
 * Snapshots as JSON files, one per actor, replaced atomically (write a temporary file,
 * then rename) so a crash mid-write leaves the previous snapshot intact.
 *
 * With `sync`, a save of a snapshot that holds durable messages' effects resolves only once
 * the file and its rename are on the disk. The cell tells the journal that such messages
 * are processed once the snapshot is saved, and a journal that syncs promises that to
 * survive a power loss: a snapshot still in the page cache could be lost while its
 * messages count as done. Other snapshots are written without waiting for the disk: they
 * hold only what messages delivered at most once did.
 */
import { mkdirSync } from "node:fs"
import { open, readFile, rename, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { SaveOptions, SnapshotStore } from "./SnapshotStore.js"

const fileName = (address: string) => `${encodeURIComponent(address)}.json`

/** Writes a file and waits until its data is on the disk. */
const writeSynced = async (path: string, text: string): Promise<void> => {
  const file = await open(path, "w")
  try {
    await file.writeFile(text)
    await file.datasync()
  } finally {
    await file.close()
  }
}

const syncDirectory = async (path: string): Promise<void> => {
  const directory = await open(path, "r")
  try {
    await directory.sync()
  } finally {
    await directory.close()
  }
}

export interface FileSnapshotStoreOptions {
  /** Wait for durable saves to reach the disk (as the journal's `sync` does). */
  readonly sync?: boolean
}

export class FileSnapshotStore implements SnapshotStore {
  constructor(
    private readonly directory: string,
    private readonly options: FileSnapshotStoreOptions = {},
  ) {
    mkdirSync(directory, { recursive: true })
  }

  async save(address: string, snapshot: unknown, options?: SaveOptions): Promise<void> {
    const path = join(this.directory, fileName(address))
    const temporary = `${path}.${process.pid}.tmp`
    const synced = this.options.sync === true && options?.durable === true
    if (synced) await writeSynced(temporary, JSON.stringify(snapshot))
    else await writeFile(temporary, JSON.stringify(snapshot))
    await rename(temporary, path)
    // The rename is on the disk once the directory that holds the name is.
    if (synced) await syncDirectory(this.directory)
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
