/**
 * What a running service leaves in its data directory so that `aico status`, `aico stop`
 * and service managers can find it: `aico.pid` (the process id alone, as scripts and
 * systemd's PIDFile= expect) and `aico.ready.json` (where it answers, once it is ready).
 */
import { Schema } from "effect"
import { join } from "node:path"

const Pid = Schema.Number.pipe(Schema.int(), Schema.positive())

/** The pid file's content: one positive integer, optionally followed by a newline. */
export const PidText = Schema.compose(
  Schema.Trim,
  Schema.NumberFromString.pipe(Schema.int(), Schema.positive()),
)

/** Written once the node serves; every URL is null when that endpoint is off. */
export class ServiceRecord extends Schema.Class<ServiceRecord>("ServiceRecord")({
  pid: Pid,
  /** Epoch milliseconds. */
  startedAt: Schema.Number.pipe(Schema.int(), Schema.nonNegative()),
  node: Schema.String,
  bus: Schema.String,
  introspection: Schema.NullOr(Schema.String),
  gateway: Schema.NullOr(Schema.String),
}) {}

export const ServiceRecordJson = Schema.parseJson(ServiceRecord)

export const pidFile = (dataDir: string): string => join(dataDir, "aico.pid")
export const readyFile = (dataDir: string): string => join(dataDir, "aico.ready.json")
