/**
 * Frames on the gateway's WebSocket: decoding what a client sent (every failure an error
 * frame with its code, never an exception) and encoding what the server sends.
 */
import { Either, ParseResult, Schema } from "effect"
import {
  ClientFrame,
  clientFrameTypes,
  type ClientFrame as ClientFrameType,
} from "../../../schemas/client/ClientFrame.js"
import {
  ServerFrame,
  type ErrorCode,
  type ServerFrame as ServerFrameType,
} from "../../../schemas/client/ServerFrame.js"

/** Why a client frame is refused: the error frame's code, message and the frame's `id`. */
export interface FrameRefusal {
  readonly code: ErrorCode
  readonly message: string
  readonly id?: string
}

type WithoutSeq<F> = F extends unknown ? Omit<F, "seq"> : never

/** A frame that carries the session's `seq` (all but `session` and `pong`), before it gets one. */
export type SequencedFrame = WithoutSeq<Exclude<ServerFrameType, { type: "session" | "pong" }>>

const known: ReadonlySet<string> = new Set(clientFrameTypes)
const decodeKnown = Schema.decodeUnknownEither(ClientFrame)
const knownTypes = clientFrameTypes.map((type) => `"${type}"`).join(", ")

const refusal = (code: ErrorCode, message: string, id?: unknown): FrameRefusal =>
  typeof id === "string" && id.length <= 64 ? { code, message, id } : { code, message }

/** Decodes one text frame of at most the size limit (the caller checks size first). */
export const decodeClientFrame = (text: string): Either.Either<ClientFrameType, FrameRefusal> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return Either.left(refusal("malformed", 'a frame is a JSON object with a "type"'))
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return Either.left(refusal("malformed", 'a frame is a JSON object with a "type"'))
  }
  const type: unknown = Reflect.get(json, "type")
  const id: unknown = Reflect.get(json, "id")
  if (typeof type !== "string" || !known.has(type)) {
    return Either.left(
      refusal(
        "unknown_type",
        typeof type === "string"
          ? `unknown frame type ${JSON.stringify(type.slice(0, 64))}; known: ${knownTypes}`
          : `a frame needs a string "type"; known: ${knownTypes}`,
        id,
      ),
    )
  }
  // The union picks its member by the literal `type`, so the message speaks of that one.
  return decodeKnown(json).pipe(
    Either.mapLeft((error) =>
      refusal(
        "invalid",
        `${type}: ${ParseResult.ArrayFormatter.formatErrorSync(error)
          .map(
            (issue) =>
              `${issue.path.length === 0 ? "" : `${issue.path.join(".")}: `}${issue.message}`,
          )
          .join("; ")}`,
        id,
      ),
    ),
  )
}

const encodeServerFrame = Schema.encodeEither(ServerFrame)

/**
 * The JSON text of a server frame, or undefined for one that cannot be sent (an actor
 * state that is not JSON): such a frame is skipped rather than failing the session.
 */
export const encodeFrame = (frame: ServerFrameType): string | undefined =>
  Either.match(encodeServerFrame(frame), {
    onLeft: () => undefined,
    onRight: (encoded) => {
      try {
        return JSON.stringify(encoded)
      } catch {
        return undefined
      }
    },
  })
