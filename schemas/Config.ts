/**
 * AICO's configuration. Every field has a default, so an empty user file is valid; unknown
 * keys are refused so a typo is caught instead of silently ignored. Each field carries a
 * `description` phrased as what is expected ("a positive integer"): the loader quotes it
 * in error messages.
 */
import { Schema } from "effect"

/**
 * An optional field: its default fills in when the key is absent, and its `expected` text
 * becomes the schema's description.
 */
const field = <A, I>(schema: Schema.Schema<A, I>, expected: string, fallback: () => NoInfer<A>) =>
  Schema.optionalWith(schema.annotations({ description: expected }), {
    default: fallback,
    exact: true,
  })

/** A section: a struct whose defaults make `{}` decode, itself defaulting to `{}`. */
const section = <A, I>(schema: Schema.Schema<A, I>) =>
  Schema.optionalWith(schema, {
    default: () => Schema.decodeUnknownSync(schema)({}),
    exact: true,
  })

const PositiveInt = Schema.Int.pipe(Schema.positive())
const NonNegativeInt = Schema.Int.pipe(Schema.nonNegative())
const positiveInt = "a positive integer"
const nonNegativeInt = "a non-negative integer"
const boolean = "true or false"

export const NodeId = Schema.String.pipe(Schema.pattern(/^[a-z0-9][a-z0-9_-]*$/))
const nodeId = 'a name of lowercase letters, digits, "_" and "-" that starts with a letter or digit'

const endpointPattern = /^(inproc|ipc|tcp):\/\/.+/
export const Endpoint = Schema.String.pipe(Schema.pattern(endpointPattern))
const endpoint = "an address starting with inproc://, ipc:// or tcp://"

export const LogLevel = Schema.Literal(
  "trace",
  "debug",
  "info",
  "warning",
  "error",
  "fatal",
  "none",
)
export type LogLevel = typeof LogLevel.Type

export const ConsoleFormat = Schema.Literal("pretty", "json", "off")
export type ConsoleFormat = typeof ConsoleFormat.Type

/** Another node on the bus. */
export const Peer = Schema.Struct({
  id: NodeId.annotations({ description: nodeId }),
  endpoint: Endpoint.annotations({ description: endpoint }),
})
export type Peer = typeof Peer.Type

export const NodeConfig = Schema.Struct({
  id: field(NodeId, nodeId, () => "main"),
  /** A leading `~` is expanded by the loader, not here, so the schema stays pure. */
  dataDir: field(Schema.String, "a directory path", () => "~/.local/share/aico"),
})

export const DurableConfig = Schema.Struct({
  retryBaseMs: field(NonNegativeInt, nonNegativeInt, () => 200),
  retryMaxMs: field(PositiveInt, positiveInt, () => 5000),
  /** How many times a message may crash its actor before it is dead-lettered. */
  maxAttempts: field(PositiveInt, positiveInt, () => 3),
  sync: field(Schema.Boolean, boolean, () => true),
})

export const BusConfig = Schema.Struct({
  /** "" lets the runtime pick its default endpoint. */
  endpoint: field(
    Schema.Union(Schema.Literal(""), Endpoint),
    `"" (the default) or ${endpoint}`,
    () => "",
  ),
  peers: field(Schema.Array(Peer), "a list of { id, endpoint } entries", () => []),
  mailboxCapacity: field(PositiveInt, positiveInt, () => 10_000),
  askTimeoutMs: field(PositiveInt, positiveInt, () => 5000),
  durable: section(DurableConfig),
})

export const SupervisionConfig = Schema.Struct({
  intensity: field(NonNegativeInt, nonNegativeInt, () => 3),
  periodMs: field(PositiveInt, positiveInt, () => 5000),
  backoffBaseMs: field(NonNegativeInt, nonNegativeInt, () => 10),
  backoffMaxMs: field(PositiveInt, positiveInt, () => 1000),
})

export const ShutdownConfig = Schema.Struct({
  drainTimeoutMs: field(PositiveInt, positiveInt, () => 10_000),
  childTimeoutMs: field(PositiveInt, positiveInt, () => 5000),
})

export const IntrospectionConfig = Schema.Struct({
  enabled: field(Schema.Boolean, boolean, () => true),
  host: field(
    Schema.String.pipe(Schema.nonEmptyString()),
    "a host name or address",
    () => "127.0.0.1",
  ),
  /** 0 asks the OS for any free port. */
  port: field(
    Schema.Int.pipe(Schema.between(0, 65535)),
    "an integer between 0 and 65535",
    () => 7878,
  ),
})

export const LogFileConfig = Schema.Struct({
  enabled: field(Schema.Boolean, boolean, () => true),
  /** "" means `<node.dataDir>/logs/aico.log`. */
  path: field(Schema.String, "a file path", () => ""),
  maxBytes: field(PositiveInt, positiveInt, () => 10 * 1024 * 1024),
  maxFiles: field(PositiveInt, positiveInt, () => 5),
})

const quoted = (values: ReadonlyArray<string>) => values.map((v) => `"${v}"`).join(", ")

export const LogConfig = Schema.Struct({
  level: field(LogLevel, `one of ${quoted(LogLevel.literals)}`, (): LogLevel => "info"),
  console: field(
    ConsoleFormat,
    `one of ${quoted(ConsoleFormat.literals)}`,
    (): ConsoleFormat => "pretty",
  ),
  file: section(LogFileConfig),
})

/** The whole configuration, as `config/default.yaml` and the user file spell it. */
export const Config = Schema.Struct({
  node: section(NodeConfig),
  bus: section(BusConfig),
  supervision: section(SupervisionConfig),
  shutdown: section(ShutdownConfig),
  introspection: section(IntrospectionConfig),
  log: section(LogConfig),
}).annotations({ parseOptions: { onExcessProperty: "error" } })

export type Config = typeof Config.Type
/** What a config file may contain: every key optional. */
export type ConfigInput = typeof Config.Encoded
