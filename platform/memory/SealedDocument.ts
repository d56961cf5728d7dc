/**
 * The document a memory's vector record carries: the base64 of its content sealed for
 * `memories/<id>` (`ContentCipher`), the same binding as the PostgreSQL row. Nothing reads it
 * back; it keeps Chroma's record whole without putting the text there in the clear.
 */
import { Either } from "effect"
import * as ContentCipher from "../crypto/ContentCipher.js"
import type { RotationKeys } from "../crypto/reseal.js"
import { Resealed } from "../crypto/reseal.js"

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The sealing context of memory `id`, in every store. */
export const contextOf = (id: string) => `memories/${id}`

/** The document for memory `id` with `content`. */
export const sealDocument = (
  cipher: ContentCipher.ContentCipher.Service,
  id: string,
  content: string,
) => Buffer.from(cipher.seal(content, contextOf(id))).toString("base64")

/**
 * For a key rotation: the document of record `id` moved to the new "database" key, as a
 * new document (`Resealed`), or `Current`/`Unreadable` as `ContentCipher.reseal` says.
 */
export const resealDocument = (keys: RotationKeys, id: string, document: string): Resealed =>
  Either.match(
    BASE64.test(document)
      ? Either.right(new Uint8Array(Buffer.from(document, "base64")))
      : Either.left("the document is not base64"),
    {
      onLeft: (detail) => Resealed.Unreadable({ detail }),
      onRight: (sealed) => ContentCipher.reseal(keys, sealed, contextOf(id)),
    },
  )

/** A re-sealed document's bytes as the document text. */
export const documentText = (sealed: Uint8Array) => Buffer.from(sealed).toString("base64")
