/**
 * Several envelopes share one ZeroMQ frame: `[u32 length][envelope]…`. The cost of
 * zeromq.js is per frame, not per byte, so coalescing is how the bus keeps up.
 */
import { Either } from "effect"
import { MalformedFrame } from "./CodecError.js"

/** Packs encoded envelopes into one frame. */
export const pack = (parts: ReadonlyArray<Uint8Array>, from = 0, to = parts.length): Buffer => {
  let size = 0
  for (let i = from; i < to; i++) size += 4 + parts[i]!.length
  const frame = Buffer.allocUnsafe(size)
  let offset = 0
  for (let i = from; i < to; i++) {
    const part = parts[i]!
    frame.writeUInt32BE(part.length, offset)
    frame.set(part, offset + 4)
    offset += 4 + part.length
  }
  return frame
}

/** The largest single envelope a frame may carry (protects against absurd lengths). */
export const MAX_ENVELOPE_BYTES = 16 * 1024 * 1024

/**
 * Splits a frame into envelope byte slices (views into the frame, not copies). A truncated
 * or oversized length refuses the whole frame: its boundaries cannot be trusted.
 */
export const unpack = (frame: Uint8Array): Either.Either<Array<Uint8Array>, MalformedFrame> => {
  const parts: Array<Uint8Array> = []
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength)
  let offset = 0
  while (offset < frame.length) {
    if (offset + 4 > frame.length) {
      return Either.left(
        new MalformedFrame({ reason: `truncated length prefix at byte ${offset}` }),
      )
    }
    const length = view.getUint32(offset)
    offset += 4
    if (length > MAX_ENVELOPE_BYTES || offset + length > frame.length) {
      return Either.left(
        new MalformedFrame({
          reason: `envelope of ${length} bytes overruns the frame at byte ${offset}`,
        }),
      )
    }
    parts.push(frame.subarray(offset, offset + length))
    offset += length
  }
  return Either.right(parts)
}
