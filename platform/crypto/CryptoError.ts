/** What can go wrong when decrypting, each failure as data with a readable message. */
import { Data } from "effect"

/** A sealed value could not be opened; nothing of its plaintext is returned. */
export class DecryptionFailed extends Data.TaggedError("DecryptionFailed")<{
  readonly reason: "bad version" | "too short" | "authentication failed"
  /** Specifics, e.g. which version byte was found. */
  readonly detail: string
}> {
  override get message() {
    return `cannot decrypt: ${this.reason} (${this.detail})`
  }
}

/**
 * What went wrong with an encrypted file:
 * - `not-encrypted`: no AICO header;
 * - `unsupported-version`: written by a format this build does not read;
 * - `truncated`: the file ends early (cut mid-chunk, or before its final chunk);
 * - `damaged`: a chunk or the header failed authentication (edited, reordered, wrong key);
 * - `io`: the file system refused (missing file, permissions, disk full);
 * - `closed`: the writer was used after `close()` or after a failed write.
 */
export type EncryptedFileProblem =
  "not-encrypted" | "unsupported-version" | "truncated" | "damaged" | "io" | "closed"

export class EncryptedFileError extends Data.TaggedError("EncryptedFileError")<{
  readonly file: string
  readonly problem: EncryptedFileProblem
  /** Readable, e.g. "chunk 3 failed authentication". */
  readonly reason: string
}> {
  override get message() {
    return `encrypted file ${this.file}: ${this.reason}`
  }
}
