/**
 * Goal and event ids derived from what caused them (the user message and the statement's
 * place in it), so processing the same message twice makes the same ids: nothing is
 * duplicated after a crash and redelivery.
 */
import { createHash } from "node:crypto"

/** A UUID (version 8, RFC 9562's custom layout) from a SHA-256 of `parts`. */
export const derivedUuid = (...parts: ReadonlyArray<string | number>): string => {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex")
  const variant = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
