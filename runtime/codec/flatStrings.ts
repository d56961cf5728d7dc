/**
 * Flat strings from protobuf decoding. protobufjs builds every string shorter than 64
 * bytes by appending 8-character pieces, so each decoded id, address, type name and short
 * text is a rope of small strings: several times the memory while a message waits in a
 * mailbox (garbage collection was a third of a receiving node's time), and flattened again
 * on its first use as a map key. This replaces the strict string reader of the generated
 * code (`Reader#stringVerify`) with one that returns the same strings, flat, and refuses
 * the same invalid UTF-8. Installed once, when the envelope module loads.
 */
import protobuf from "protobufjs/minimal.js"

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })

// Node's undocumented Buffer method: works on any Uint8Array, returns one flat string.
const bufferMethods: {
  readonly latin1Slice?: (this: Uint8Array, start: number, end: number) => string
} = Buffer.prototype
const latin1Slice = bufferMethods.latin1Slice
const sliceAscii =
  typeof latin1Slice === "function"
    ? (bytes: Uint8Array, start: number, end: number): string => latin1Slice.call(bytes, start, end)
    : (bytes: Uint8Array, start: number, end: number): string =>
        strict.decode(bytes.subarray(start, end))

/** UTF-8 text from `bytes[start..end)`, flat, refusing invalid UTF-8 (a TypeError). */
export const readText = (bytes: Uint8Array, start: number, end: number): string => {
  if (start === end) return ""
  for (let i = start; i < end; i++) {
    if (bytes[i]! > 0x7f) return strict.decode(bytes.subarray(start, end))
  }
  return sliceAscii(bytes, start, end)
}

function stringVerify(this: protobuf.Reader): string {
  const length = this.size()
  const start = this.pos
  const end = start + length
  if (end > this.len) throw new RangeError(`index out of range: ${start} + ${length} > ${this.len}`)
  this.pos = end
  return readText(this.buf, start, end)
}

protobuf.Reader.prototype.stringVerify = stringVerify
