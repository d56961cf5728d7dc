/** Why a key rotation did not start or did not finish, each failure as data with a readable message. */
import { Data } from "effect"

const resume = "run aico security rotate-keys again to resume"

/** AICO runs on the data directory: its stores must not change under it. Nothing was changed. */
export class AicoRunning extends Data.TaggedError("AicoRunning")<{
  readonly dataDir: string
  readonly detail: string
}> {
  override get message() {
    return `AICO is running on ${this.dataDir} (${this.detail}): stop it, then run aico security rotate-keys; nothing was changed`
  }
}

/** Another `rotate-keys` holds the rotation's lock. */
export class RotationAlreadyRunning extends Data.TaggedError("RotationAlreadyRunning")<{
  readonly file: string
  readonly pid: number
}> {
  override get message() {
    return `another key rotation is running (pid ${this.pid}, ${this.file}); let it finish`
  }
}

/** `rotation.json` is not one this code wrote. */
export class RotationRecordInvalid extends Data.TaggedError("RotationRecordInvalid")<{
  readonly file: string
  readonly reason: string
}> {
  override get message() {
    return `${this.file} is not a valid key-rotation record: ${this.reason}`
  }
}

/**
 * The password unlocks a master key that is neither side of the recorded rotation (the
 * data directory's `master.json` was replaced, e.g. by a restore, while it was unfinished).
 */
export class RotationKeyMismatch extends Data.TaggedError("RotationKeyMismatch")<{
  readonly file: string
}> {
  override get message() {
    return `${this.file} records a rotation between other master keys than the one master.json holds; nothing was changed`
  }
}

/** A store failed midway; what was done is kept, and the next run resumes. */
export class RotationStoreFailed extends Data.TaggedError("RotationStoreFailed")<{
  readonly store: string
  readonly reason: string
}> {
  override get message() {
    return `re-sealing ${this.store} failed: ${this.reason}; ${resume}`
  }
}
