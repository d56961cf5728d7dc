/**
 * The benchmark suites `npm run bench` knows, by name. A suite is a module exporting
 * `run()`: it prints human-readable figures as it goes and resolves with the figures for
 * the suite's JSON line. Modules load only when their suite runs.
 */
export interface BenchSuite {
  readonly run: () => Promise<Record<string, number>>
}

export interface SuiteEntry {
  readonly description: string
  readonly load: () => Promise<BenchSuite>
}

export const suites: Readonly<Record<string, SuiteEntry>> = {
  runtime: {
    description: "raw zeromq.js baseline, tell, durable tell, ask latency, restart time",
    load: () => import("./runtime.bench.js"),
  },
  memory: {
    description:
      "working-memory latency, hybrid search latency at 10k/100k memories, LoCoMo recall",
    load: () => import("./memory.bench.js"),
  },
  conversation: {
    description:
      "turn overhead over the model's own first token, embedded LLM tokens/s, classify and embed latency",
    load: () => import("./conversation.bench.js"),
  },
  security: {
    description: "bus throughput with CurveZMQ on vs off, EncryptedFile vs plain writes",
    load: () => import("./security.bench.js"),
  },
  gateway: {
    description: "WebSocket ping round trip with 1/100/1,000 clients, clients per node under 1 GiB",
    load: () => import("./gateway.bench.js"),
  },
}
