/**
 * Where an unfinished key rotation is recorded, and what a start says about it: kept apart
 * from the record's schema so the service's start reads it without loading the rotation.
 */
import { Data } from "effect"
import { join } from "node:path"

/** `<dataDir>/security/rotation.json`: present exactly while a rotation is unfinished. */
export const rotationFile = (dataDir: string) => join(dataDir, "security", "rotation.json")

/**
 * A key rotation was started and has not finished: some values are sealed under the new
 * key and some under the old, and no start-up key opens both.
 */
export class KeyRotationInProgress extends Data.TaggedError("KeyRotationInProgress")<{
  readonly file: string
}> {
  override get message() {
    return `key rotation in progress: run aico security rotate-keys to finish (${this.file})`
  }
}
