/**
 * Envelope and payload encoding. Everything here is synchronous and returns `Either`:
 * it runs once per message on the hot path, where an Effect per call would cost more than
 * the work itself.
 */
import { Either, ParseResult, Schema } from "effect"
import protobuf from "protobufjs/minimal.js"
import type { Registry } from "../message/Registry.js"
import type { AnyMessageDefinition, Message } from "../message/MessageDefinition.js"
import { readEnvelope } from "./EnvelopeReader.js"
import { writeEnvelope } from "./EnvelopeWriter.js"
import { compilePlainCheck, type PlainCheck } from "./PlainCheck.js"
import {
  MalformedFrame,
  PayloadInvalid,
  SchemaVersionMismatch,
  UnknownMessageType,
  UnsupportedEnvelopeVersion,
  type EnvelopeError,
  type PayloadError,
} from "./CodecError.js"
import {
  ENVELOPE_VERSION,
  isKnownKind,
  Kind,
  type Envelope,
  type EnvelopeFields,
} from "./Envelope.js"

// protobufjs leaves default-valued fields on the prototype; `defaults` makes them own
// properties so Schema.Struct sees them.
const toPlain = { defaults: true, longs: Number, arrays: true } as const

/** Whether every string in a value is well-formed UTF-16: a lone surrogate encodes but never decodes. */
const wellFormed = (value: unknown): boolean => {
  if (typeof value === "string") return value.isWellFormed()
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return true
  if (Array.isArray(value)) return value.every(wellFormed)
  return Object.values(value).every(wellFormed)
}

/** Ids and addresses longer than this are refused: they are journal keys, which LMDB bounds. */
export const MAX_ID_LENGTH = 256

interface CompiledDefinition {
  readonly definition: AnyMessageDefinition
  readonly decode: (u: unknown) => Either.Either<unknown, ParseResult.ParseError>
  readonly encode: (a: unknown) => Either.Either<unknown, ParseResult.ParseError>
  /** Whether a value is its own decoded and encoded form (see `PlainCheck`). */
  readonly plain: PlainCheck
}

const never: PlainCheck = () => false

const issueOf = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error)
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    )
    .join("; ")

/** The largest buffer the shared payload writer keeps between messages. */
const KEPT_WRITER_BYTES = 64 * 1024

export class Codec {
  private readonly compiled = new Map<string, CompiledDefinition>()
  /**
   * One protobuf writer for every payload: a new writer per message costs the writer, its
   * first buffer and their garbage on every send. Only its bytes up to `finish` are used.
   */
  private writer = protobuf.Writer.create()

  constructor(readonly registry: Registry) {}

  private compile(type: string): CompiledDefinition | undefined {
    const cached = this.compiled.get(type)
    if (cached !== undefined) return cached
    const definition = this.registry.get(type)
    if (definition === undefined) return undefined
    const compiled: CompiledDefinition = {
      definition,
      decode: Schema.decodeUnknownEither(definition.schema),
      encode: Schema.encodeEither(definition.schema),
      plain: compilePlainCheck(definition.schema.ast) ?? never,
    }
    this.compiled.set(type, compiled)
    return compiled
  }

  /** Encodes a message's payload, validating it against its Schema first. */
  encodePayload(
    message: Message,
  ): Either.Either<{ bytes: Uint8Array; version: number }, PayloadError> {
    const compiled = this.compile(message.type)
    if (compiled === undefined) return Either.left(new UnknownMessageType({ type: message.type }))
    const encoded = compiled.plain(message.payload)
      ? Either.right(message.payload)
      : compiled.encode(message.payload)
    if (Either.isLeft(encoded)) {
      return Either.left(new PayloadInvalid({ type: message.type, issue: issueOf(encoded.left) }))
    }
    const value = encoded.right
    if (!wellFormed(value)) {
      return Either.left(
        new PayloadInvalid({
          type: message.type,
          issue: "a text holds a lone surrogate (broken UTF-16)",
        }),
      )
    }
    if (typeof value !== "object" || value === null) {
      return Either.left(
        new PayloadInvalid({ type: message.type, issue: "payload must encode to an object" }),
      )
    }
    try {
      const bytes = compiled.definition.proto.encode(value, this.writer).finish()
      // A large payload grew the writer's buffer: let it go rather than keep it for good.
      if (bytes.length > KEPT_WRITER_BYTES) this.writer = protobuf.Writer.create()
      else this.writer.reset()
      return Either.right({ bytes, version: compiled.definition.version })
    } catch (cause) {
      // A failure mid-message can leave the writer inside a nested message: start over.
      this.writer = protobuf.Writer.create()
      return Either.left(new PayloadInvalid({ type: message.type, issue: String(cause) }))
    }
  }

  /** Decodes and validates an envelope's payload against the registered type and version. */
  decodePayload(envelope: Envelope): Either.Either<Message, PayloadError> {
    const compiled = this.compile(envelope.type)
    if (compiled === undefined) return Either.left(new UnknownMessageType({ type: envelope.type }))
    const { definition } = compiled
    if (envelope.schemaVersion !== definition.version) {
      return Either.left(
        new SchemaVersionMismatch({
          type: envelope.type,
          version: envelope.schemaVersion,
          expected: definition.version,
        }),
      )
    }
    let plain: unknown
    try {
      plain = definition.proto.toObject(definition.proto.decode(envelope.payload), toPlain)
    } catch (cause) {
      return Either.left(
        new MalformedFrame({ reason: `payload of "${envelope.type}": ${String(cause)}` }),
      )
    }
    const decoded = compiled.plain(plain) ? Either.right(plain) : compiled.decode(plain)
    if (Either.isLeft(decoded)) {
      return Either.left(new PayloadInvalid({ type: envelope.type, issue: issueOf(decoded.left) }))
    }
    return Either.right({ type: envelope.type, payload: decoded.right })
  }

  encodeEnvelope(fields: EnvelopeFields): Uint8Array {
    return writeEnvelope(fields)
  }

  /** Decodes an envelope and checks what every envelope must have. */
  decodeEnvelope(bytes: Uint8Array): Either.Either<Envelope, EnvelopeError> {
    let envelope: Envelope
    try {
      envelope = readEnvelope(bytes)
    } catch (cause) {
      return Either.left(new MalformedFrame({ reason: `envelope: ${String(cause)}` }))
    }
    if (envelope.envelopeVersion !== ENVELOPE_VERSION) {
      return Either.left(
        new UnsupportedEnvelopeVersion({
          version: envelope.envelopeVersion,
          supported: ENVELOPE_VERSION,
        }),
      )
    }
    if (!isKnownKind(envelope.kind)) {
      return Either.left(new MalformedFrame({ reason: `unknown envelope kind ${envelope.kind}` }))
    }
    if (envelope.id.length === 0)
      return Either.left(new MalformedFrame({ reason: "envelope without id" }))
    if (
      envelope.id.length > MAX_ID_LENGTH ||
      envelope.correlationId.length > MAX_ID_LENGTH ||
      envelope.sender.length > MAX_ID_LENGTH ||
      envelope.recipient.length > MAX_ID_LENGTH
    ) {
      return Either.left(
        new MalformedFrame({
          reason: `an id or address is longer than ${MAX_ID_LENGTH} characters`,
        }),
      )
    }
    if (envelope.sender.length === 0) {
      return Either.left(new MalformedFrame({ reason: "envelope without sender" }))
    }
    switch (envelope.kind) {
      case Kind.KIND_PUBLISH:
        if (envelope.topic.length === 0)
          return Either.left(new MalformedFrame({ reason: "publish without topic" }))
        break
      case Kind.KIND_ACK:
      case Kind.KIND_REPLY:
        if (envelope.correlationId.length === 0) {
          return Either.left(new MalformedFrame({ reason: "ack or reply without correlation id" }))
        }
        break
      default:
        if (envelope.recipient.length === 0) {
          return Either.left(new MalformedFrame({ reason: "tell or ask without recipient" }))
        }
    }
    if (envelope.kind !== Kind.KIND_ACK && envelope.type.length === 0) {
      return Either.left(new MalformedFrame({ reason: "envelope without message type" }))
    }
    return Either.right(envelope)
  }
}
