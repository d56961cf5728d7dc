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
/** A CurveZMQ public key in Z85: 40 characters. */
export const CurveKey = Schema.String.pipe(
  Schema.pattern(/^[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]{40}$/),
)
const curveKey = "a CurveZMQ public key (40 Z85 characters, as `aico security status` prints it)"

export const Peer = Schema.Struct({
  id: NodeId.annotations({ description: nodeId }),
  endpoint: Endpoint.annotations({ description: endpoint }),
  /** The peer's bus key; required while `bus.curve` is on. */
  publicKey: Schema.optionalWith(CurveKey.annotations({ description: curveKey }), { exact: true }),
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
  /**
   * CurveZMQ on ipc and tcp: the node's own keys (made by `aico security setup`) encrypt
   * the bus, and only peers listed with their `publicKey` are admitted.
   */
  curve: field(Schema.Boolean, boolean, () => true),
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
  /**
   * Seal the log files under the master key (`SealedLog`); `aico logs` opens them. Lines
   * logged before the service has its key wait in memory.
   */
  sealed: field(Schema.Boolean, boolean, () => true),
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

const PositiveNumber = Schema.Number.pipe(Schema.positive(), Schema.finite())
const positiveNumber = "a positive number"

/** `postgres://` or `postgresql://` followed by anything: the driver reports the rest. */
export const PostgresUrl = Schema.String.pipe(Schema.pattern(/^postgres(ql)?:\/\/.+/))
const postgresUrl = '"" (the default: AICO\'s own PostgreSQL) or a postgres:// URL'

export const HttpUrl = Schema.String.pipe(Schema.pattern(/^https?:\/\/[^\s]+$/))

const port = (fallback: number) =>
  field(Schema.Int.pipe(Schema.between(0, 65535)), "an integer between 0 and 65535", () => fallback)

export const DatabaseConfig = Schema.Struct({
  /** "" starts and stops an embedded PostgreSQL in `<node.dataDir>/postgres`. */
  url: field(Schema.Union(Schema.Literal(""), PostgresUrl), postgresUrl, () => ""),
  /** The embedded server's port; 0 picks a free one at each start. */
  embeddedPort: port(0),
  poolSize: field(PositiveInt, positiveInt, () => 8),
  connectTimeoutMs: field(PositiveInt, positiveInt, () => 10_000),
})

export const WorkingMemoryConfig = Schema.Struct({
  /** How long an entry lives; expired entries are never returned and later compacted away. */
  ttlDays: field(PositiveNumber, positiveNumber, () => 30),
  compactionIntervalMs: field(PositiveInt, positiveInt, () => 60 * 60 * 1000),
})

export const ChromaConfig = Schema.Struct({
  /** "" starts and stops a Chroma server in `<node.dataDir>/chroma`. */
  url: field(
    Schema.Union(Schema.Literal(""), HttpUrl),
    '"" (the default: AICO\'s own Chroma) or an http(s):// URL',
    () => "",
  ),
  /** The `chroma` executable for the managed server; "" finds `.venv/bin/chroma`, then PATH. */
  command: field(Schema.String, "a file path or command name", () => ""),
  /** The managed server's port; 0 picks a free one at each start. */
  port: port(0),
  startTimeoutMs: field(PositiveInt, positiveInt, () => 60_000),
  collection: field(
    Schema.String.pipe(Schema.pattern(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,61}[a-zA-Z0-9]$/)),
    "a collection name of 3-63 letters, digits, '.', '_' or '-'",
    () => "memories",
  ),
})

export const EmbeddingConfig = Schema.Struct({
  /** Where models are looked up first; "" is `.cache/models` in the project (`npm run setup`). */
  modelDir: field(Schema.String, "a directory path", () => ""),
  model: field(
    Schema.String.pipe(Schema.nonEmptyString()),
    "a model name",
    () => "Xenova/all-MiniLM-L6-v2",
  ),
  /** false: only `modelDir` is read, nothing is downloaded. */
  allowRemote: field(Schema.Boolean, boolean, () => true),
  dtype: field(Schema.Literal("fp32", "q8"), 'one of "fp32", "q8"', (): "fp32" | "q8" => "q8"),
})

export const MemoryConfig = Schema.Struct({
  /** A memory longer than this is refused rather than truncated. */
  maxDocumentChars: field(PositiveInt, positiveInt, () => 16_384),
  /** Recency signal: a memory this old weighs half as much as a new one. */
  recencyHalfLifeDays: field(PositiveNumber, positiveNumber, () => 30),
})

export const SecurityConfig = Schema.Struct({
  /**
   * Where the master key is kept between runs: "" is the OS secret store (Keychain, Windows
   * Credential Manager, Secret Service); a directory chooses the explicit fallback for
   * machines without one, a key file there readable by the service user only.
   */
  keyFile: field(Schema.String, '"" (the OS secret store) or a directory path', () => ""),
})

const Host = Schema.String.pipe(Schema.nonEmptyString())
const hostName = "a host name or address"

export const GatewayTlsConfig = Schema.Struct({
  /** PEM files; both "" serves plain HTTP/WS (fine on loopback), both set serves HTTPS/WSS. */
  certFile: field(Schema.String, '"" or a PEM certificate file path', () => ""),
  keyFile: field(Schema.String, '"" or a PEM private key file path', () => ""),
})

export const RateLimitConfig = Schema.Struct({
  /** Token bucket per client: sustained rate and burst size. */
  perSecond: field(PositiveNumber, positiveNumber, () => 20),
  burst: field(PositiveInt, positiveInt, () => 40),
})

export const GatewayConfig = Schema.Struct({
  enabled: field(Schema.Boolean, boolean, () => true),
  host: field(Host, hostName, () => "127.0.0.1"),
  port: port(7879),
  tls: section(GatewayTlsConfig),
  /** A WebSocket frame (or HTTP body) larger than this is refused with an error frame. */
  maxFrameBytes: field(PositiveInt, positiveInt, () => 64 * 1024),
  /** Frames held for a slow client before it is disconnected (it may resume). */
  sendBufferFrames: field(PositiveInt, positiveInt, () => 1024),
  /** Frames kept per session so a reconnecting client can resume. */
  resumeFrames: field(PositiveInt, positiveInt, () => 1024),
  /** How long a disconnected session can still be resumed. */
  resumeTtlMs: field(PositiveInt, positiveInt, () => 5 * 60 * 1000),
  rateLimit: section(RateLimitConfig),
  /** Login attempts (password or device credential) per client address and minute. */
  loginAttemptsPerMinute: field(PositiveInt, positiveInt, () => 5),
})

export const LlmProviderName = Schema.Literal("auto", "ollama", "embedded")
export type LlmProviderName = typeof LlmProviderName.Type

export const OllamaConfig = Schema.Struct({
  host: field(HttpUrl, "an http(s):// URL", () => "http://127.0.0.1:11434"),
  model: field(Host, "a model name", () => "llama3.2"),
  /** How long Ollama keeps the model loaded after a request, e.g. "5m". */
  keepAlive: field(Schema.String, 'a duration such as "5m"', () => "5m"),
  /** The context window Ollama is asked for (its `num_ctx`), in tokens. */
  contextSize: field(PositiveInt, positiveInt, () => 4096),
  /** How long `provider: auto` waits for Ollama to answer before using the embedded model. */
  probeTimeoutMs: field(PositiveInt, positiveInt, () => 1000),
})

/**
 * How chat messages become the embedded model's prompt: auto follows the GGUF's own chat
 * template, general is a plain "### Human / ### Assistant" layout for models without one,
 * plain joins the messages' text for base (story) models that only continue text.
 */
export const ChatFormat = Schema.Literal("auto", "general", "plain")
export type ChatFormat = typeof ChatFormat.Type

export const EmbeddedLlmConfig = Schema.Struct({
  /** A GGUF file; a relative path is looked up in `llm.modelDir`. */
  model: field(
    Schema.String.pipe(Schema.nonEmptyString()),
    "a GGUF file name or path",
    () => "qwen2.5-0.5b-instruct-q4_k_m.gguf",
  ),
  /** Where `aico models pull` downloads to from this URL when the file is missing. */
  url: field(
    Schema.String,
    '"" or an https:// URL of the GGUF file',
    () =>
      "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf",
  ),
  contextSize: field(PositiveInt, positiveInt, () => 4096),
  /** CPU threads for generation; 0 = half the cores. */
  threads: field(NonNegativeInt, nonNegativeInt, () => 0),
  gpu: field(Schema.Boolean, boolean, () => false),
  chatFormat: field(ChatFormat, `one of ${quoted(ChatFormat.literals)}`, (): ChatFormat => "auto"),
})

export const LlmConfig = Schema.Struct({
  /** auto: Ollama when it answers, else the embedded model. */
  provider: field(
    LlmProviderName,
    `one of ${quoted(LlmProviderName.literals)}`,
    (): LlmProviderName => "auto",
  ),
  /** "" is `<node.dataDir>/models`. */
  modelDir: field(Schema.String, "a directory path", () => ""),
  ollama: section(OllamaConfig),
  embedded: section(EmbeddedLlmConfig),
  maxReplyTokens: field(PositiveInt, positiveInt, () => 512),
  temperature: field(
    Schema.Number.pipe(Schema.between(0, 2)),
    "a number between 0 and 2",
    () => 0.7,
  ),
  /** A generation that produces no token for this long fails (and may be retried). */
  timeoutMs: field(PositiveInt, positiveInt, () => 120_000),
  retries: field(NonNegativeInt, nonNegativeInt, () => 1),
  /** Generations waiting for the model; past this a request is refused as busy. */
  queueCapacity: field(PositiveInt, positiveInt, () => 64),
  /** Generations run at the same time (each needs its own share of the context memory). */
  concurrency: field(PositiveInt, positiveInt, () => 1),
})

export const AnalysisConfig = Schema.Struct({
  /** "" uses `embedding.modelDir`. */
  modelDir: field(Schema.String, "a directory path", () => ""),
  /** A transformers.js text-classification model with sentiment labels. */
  sentimentModel: field(
    Host,
    "a model name",
    () => "Xenova/distilbert-base-uncased-finetuned-sst-2-english",
  ),
  /** A text-classification model with emotion labels; "" derives emotion from sentiment. */
  emotionModel: field(Schema.String, '"" or a model name', () => ""),
  allowRemote: field(Schema.Boolean, boolean, () => true),
  dtype: field(Schema.Literal("fp32", "q8"), 'one of "fp32", "q8"', (): "fp32" | "q8" => "q8"),
})

export const PersonaConfig = Schema.Struct({
  name: field(Host, "a name", () => "AICO"),
  /** The system prompt's description of who the companion is. */
  description: field(
    Schema.String,
    "a text",
    () =>
      "You are AICO, a warm, curious and honest companion. You remember what the user tells " +
      "you, notice how they feel, and answer briefly and kindly.",
  ),
})

export const ConversationConfig = Schema.Struct({
  persona: section(PersonaConfig),
  /** Tokens of context sent to the model; 0 is the model's whole window. */
  contextTokens: field(NonNegativeInt, nonNegativeInt, () => 0),
  /** Semantic memories recalled per turn. */
  recallLimit: field(NonNegativeInt, nonNegativeInt, () => 5),
  /** Recent turns of the conversation read from working memory. */
  historyTurns: field(PositiveInt, positiveInt, () => 20),
})

const TimeOfDay = Schema.String.pipe(Schema.pattern(/^([01]\d|2[0-3]):[0-5]\d$/))
const timeOfDay = 'a time of day as "HH:MM" (24-hour)'

export const InitiativeConfig = Schema.Struct({
  /** No notices between these local times (the window may cross midnight). */
  quietStart: field(TimeOfDay, timeOfDay, () => "22:00"),
  quietEnd: field(TimeOfDay, timeOfDay, () => "08:00"),
  maxPerDay: field(NonNegativeInt, nonNegativeInt, () => 2),
  minGapMinutes: field(NonNegativeInt, nonNegativeInt, () => 180),
  /** Speak first only to a connected client (false: a notice may wait for a resume). */
  requirePresence: field(Schema.Boolean, boolean, () => true),
})

export const ConsolidationConfig = Schema.Struct({
  /** Consolidate once the user has been quiet this long… */
  idleMinutes: field(PositiveInt, positiveInt, () => 30),
  /** …and the load average per core is below this; and every night at this time. */
  maxLoadPerCore: field(PositiveNumber, positiveNumber, () => 0.8),
  nightlyAt: field(TimeOfDay, timeOfDay, () => "03:00"),
})

export const CuriosityConfig = Schema.Struct({
  interestHalfLifeHours: field(PositiveNumber, positiveNumber, () => 72),
  /** Interest (0..1) from which a topic becomes a question, and a goal to learn about. */
  askThreshold: field(
    Schema.Number.pipe(Schema.between(0, 1)),
    "a number between 0 and 1",
    () => 0.3,
  ),
  goalThreshold: field(
    Schema.Number.pipe(Schema.between(0, 1)),
    "a number between 0 and 1",
    () => 0.45,
  ),
})

export const MindConfig = Schema.Struct({
  /** The user's time zone (IANA, e.g. Europe/Berlin); "" is this machine's. */
  timeZone: field(Schema.String, '"" or an IANA time zone such as "Europe/Berlin"', () => ""),
  /** How often the scheduler's clock ticks. */
  tickMs: field(PositiveInt, positiveInt, () => 60_000),
  /** Affect returns halfway to the baseline mood in this time. */
  emotionHalfLifeMinutes: field(PositiveNumber, positiveNumber, () => 360),
  initiative: section(InitiativeConfig),
  consolidation: section(ConsolidationConfig),
  curiosity: section(CuriosityConfig),
})

/** The whole configuration, as `config/default.yaml` and the user file spell it. */
export const Config = Schema.Struct({
  node: section(NodeConfig),
  bus: section(BusConfig),
  supervision: section(SupervisionConfig),
  shutdown: section(ShutdownConfig),
  introspection: section(IntrospectionConfig),
  log: section(LogConfig),
  database: section(DatabaseConfig),
  workingMemory: section(WorkingMemoryConfig),
  chroma: section(ChromaConfig),
  embedding: section(EmbeddingConfig),
  memory: section(MemoryConfig),
  security: section(SecurityConfig),
  gateway: section(GatewayConfig),
  llm: section(LlmConfig),
  analysis: section(AnalysisConfig),
  conversation: section(ConversationConfig),
  mind: section(MindConfig),
}).annotations({ parseOptions: { onExcessProperty: "error" } })

export type Config = typeof Config.Type
/** What a config file may contain: every key optional. */
export type ConfigInput = typeof Config.Encoded
