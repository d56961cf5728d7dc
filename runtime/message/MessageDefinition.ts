/**
 * A message type known to the bus: its name, schema version, Effect Schema (the truth for
 * the TypeScript type and validation) and protobuf type (the wire encoding).
 */
import type { Schema } from "effect"
import type { Writer } from "protobufjs/minimal.js"

/** The part of a generated protobufjs static class the codec needs. */
export interface ProtoType {
  /** Encodes into `writer` when given (the codec reuses one), else into a new writer. */
  encode(message: object, writer?: Writer): { finish(): Uint8Array }
  decode(bytes: Uint8Array): object
  toObject(message: object, options?: ProtoConversion): { [k: string]: unknown }
}

/** How a decoded protobuf message becomes a plain object for Schema decoding. */
export interface ProtoConversion {
  readonly defaults?: boolean
  readonly longs?: NumberConstructor | StringConstructor
  readonly enums?: StringConstructor
  readonly arrays?: boolean
}

export interface MessageDefinition<T extends string = string, A = unknown, I = unknown> {
  readonly type: T
  readonly version: number
  readonly schema: Schema.Schema<A, I>
  readonly proto: ProtoType
  /** Builds a message of this type. */
  readonly make: (payload: A) => Message<T, A>
}

/** A typed message as actors see it: a registered type and its decoded payload. */
export interface Message<T extends string = string, A = unknown> {
  readonly type: T
  readonly payload: A
}

/** Any registered definition, whatever its payload type (what the registry and codec hold). */
export interface AnyMessageDefinition {
  readonly type: string
  readonly version: number
  readonly schema: Schema.Schema.AnyNoContext
  readonly proto: ProtoType
}

export type MessageOf<D> =
  D extends MessageDefinition<infer T, infer A, infer _I> ? Message<T, A> : never
export type PayloadOf<D> = D extends MessageDefinition<infer _T, infer A, infer _I> ? A : never

export const defineMessage = <const T extends string, A, I>(options: {
  readonly type: T
  readonly version?: number
  readonly schema: Schema.Schema<A, I>
  readonly proto: ProtoType
}): MessageDefinition<T, A, I> => ({
  type: options.type,
  version: options.version ?? 1,
  schema: options.schema,
  proto: options.proto,
  make: (payload) => ({ type: options.type, payload }),
})
