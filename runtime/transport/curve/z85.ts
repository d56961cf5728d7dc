/**
 * Z85 (ZeroMQ RFC 32), the text form of CurveZMQ keys: 4 bytes become 5 printable
 * characters. ZAP hands the handler a client's key as 32 raw bytes; allow-lists are
 * written in Z85, so the handler encodes what it receives.
 */
const alphabet =
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"

export const z85Encode = (bytes: Uint8Array): string => {
  if (bytes.length % 4 !== 0) throw new RangeError("Z85 encodes whole groups of 4 bytes")
  let out = ""
  for (let i = 0; i < bytes.length; i += 4) {
    let value =
      ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0
    let group = ""
    for (let j = 0; j < 5; j++) {
      group = alphabet[value % 85]! + group
      value = Math.floor(value / 85)
    }
    out += group
  }
  return out
}

/** A CurveZMQ public or secret key in Z85: exactly 40 characters of the Z85 alphabet. */
export const isCurveKey = (text: string): boolean =>
  text.length === 40 && [...text].every((c) => alphabet.includes(c))
