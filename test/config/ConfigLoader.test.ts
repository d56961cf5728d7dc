import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import * as path from "node:path"
import {
  camelCase,
  configGet,
  ConfigError,
  defaultFile,
  keyPathOf,
  load,
  type LoadOptions,
} from "../../config/ConfigLoader.js"
import { tempDir, writeFile } from "./tempDir.js"

/** Loads with a private HOME so the developer's own config never leaks in. */
const loadIn = (home: string, options: LoadOptions = {}) =>
  load({ ...options, env: { HOME: home, ...options.env } })

const failure = (home: string, options: LoadOptions) => Effect.flip(loadIn(home, options))

describe("ConfigLoader", () => {
  describe("user file", () => {
    it.scoped("overrides defaults key by key, keeping the rest", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        yield* writeFile(
          path.join(home, ".config/aico/config.yaml"),
          "introspection:\n  port: 9000\nbus:\n  durable:\n    maxAttempts: 2\n",
        )
        const config = yield* loadIn(home)
        expect(config.introspection).toEqual({ enabled: true, host: "127.0.0.1", port: 9000 })
        expect(config.bus.durable).toEqual({
          retryBaseMs: 200,
          retryMaxMs: 5000,
          maxAttempts: 2,
          sync: true,
        })
      }),
    )

    it.scoped("an empty user file is valid", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        yield* writeFile(path.join(home, ".config/aico/config.yaml"), "# nothing yet\n")
        const config = yield* loadIn(home)
        expect(config.introspection.port).toBe(7878)
      }),
    )

    it.scoped("is found under XDG_CONFIG_HOME", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        yield* writeFile(path.join(home, "xdg/aico/config.yaml"), "node:\n  id: laptop\n")
        const config = yield* loadIn(home, { env: { XDG_CONFIG_HOME: path.join(home, "xdg") } })
        expect(config.node.id).toBe("laptop")
      }),
    )

    it.scoped("is the file AICO_CONFIG names", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(path.join(home, "elsewhere.yaml"), "log:\n  level: debug\n")
        const config = yield* loadIn(home, { env: { AICO_CONFIG: file } })
        expect(config.log.level).toBe("debug")
      }),
    )

    it.scoped("a missing file named by AICO_CONFIG is refused", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = path.join(home, "absent.yaml")
        const error = yield* failure(home, { env: { AICO_CONFIG: file } })
        expect(error).toBeInstanceOf(ConfigError)
        expect(error.message).toBe(
          `config: user file ${file}: file not found (named by AICO_CONFIG)`,
        )
      }),
    )

    it.scoped("a YAML syntax error names the file and line", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(
          path.join(home, "broken.yaml"),
          "node:\n  id: main\nbus: endpoint: x\nlog:\n  level: info\n",
        )
        const error = yield* failure(home, { userFile: file })
        expect(error.issues[0].source).toBe(`user file ${file}`)
        expect(error.issues[0].line).toBe(3)
        expect(error.message).toContain(`config: user file ${file}: YAML syntax error at line 3`)
      }),
    )

    it.scoped("a top-level list is refused", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(path.join(home, "list.yaml"), "- node\n")
        const error = yield* failure(home, { userFile: file })
        expect(error.message).toBe(
          `config: user file ${file}: expected a mapping of sections at the top level, got ["node"]`,
        )
      }),
    )
  })

  describe("environment", () => {
    it.scoped("AICO_* variables map SCREAMING_SNAKE segments to camelCase keys", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const config = yield* loadIn(home, {
          env: {
            AICO_INTROSPECTION__PORT: "9000",
            AICO_NODE__DATA_DIR: "/srv/aico",
            AICO_BUS__DURABLE__MAX_ATTEMPTS: "4",
            AICO_BUS__DURABLE__SYNC: "false",
            AICO_LOG__FILE__MAX_BYTES: "4096",
          },
        })
        expect(config.introspection.port).toBe(9000)
        expect(config.node.dataDir).toBe("/srv/aico")
        expect(config.bus.durable.maxAttempts).toBe(4)
        expect(config.bus.durable.sync).toBe(false)
        expect(config.log.file.maxBytes).toBe(4096)
      }),
    )

    it("segments become camelCase key paths", () => {
      expect(camelCase("DATA_DIR")).toBe("dataDir")
      expect(camelCase("MAX_ATTEMPTS")).toBe("maxAttempts")
      expect(keyPathOf("AICO_BUS__DURABLE__MAX_ATTEMPTS")).toEqual([
        "bus",
        "durable",
        "maxAttempts",
      ])
      expect(keyPathOf("AICO_BUS____X")).toBeUndefined()
    })

    it.scoped("text fields keep the value verbatim", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const config = yield* loadIn(home, {
          env: { AICO_NODE__ID: "007", AICO_INTROSPECTION__HOST: "::1", AICO_BUS__ENDPOINT: "" },
        })
        expect(config.node.id).toBe("007")
        expect(config.introspection.host).toBe("::1")
        expect(config.bus.endpoint).toBe("")
      }),
    )

    it.scoped("a list can be given as YAML flow syntax", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const config = yield* loadIn(home, {
          env: { AICO_BUS__PEERS: '[{ id: laptop, endpoint: "tcp://10.0.0.2:5555" }]' },
        })
        expect(config.bus.peers).toEqual([{ id: "laptop", endpoint: "tcp://10.0.0.2:5555" }])
      }),
    )

    it.scoped("env wins over the user file", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(
          path.join(home, "config.yaml"),
          "introspection:\n  port: 9000\n  host: 0.0.0.0\n",
        )
        const config = yield* loadIn(home, {
          env: { AICO_CONFIG: file, AICO_INTROSPECTION__PORT: "9100" },
        })
        expect(config.introspection.port).toBe(9100)
        expect(config.introspection.host).toBe("0.0.0.0")
      }),
    )

    it.scoped("overrides win over env", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const config = yield* loadIn(home, {
          env: { AICO_INTROSPECTION__PORT: "9100" },
          overrides: { introspection: { port: 9200, host: undefined } },
        })
        expect(config.introspection.port).toBe(9200)
        expect(config.introspection.host).toBe("127.0.0.1")
      }),
    )

    it.scoped("AICO_CONFIG itself is not a key", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(path.join(home, "c.yaml"), "")
        const config = yield* loadIn(home, { env: { AICO_CONFIG: file } })
        expect(config.node.id).toBe("main")
      }),
    )

    it.scoped("a malformed variable name is refused", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const error = yield* failure(home, { env: { AICO_LOG____LEVEL: "debug" } })
        expect(error.message).toMatch(/^config: AICO_LOG____LEVEL: not a configuration variable/)
      }),
    )
  })

  describe("validation", () => {
    it.scoped("a wrong type names the path, the source and what was expected", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const error = yield* failure(home, { env: { AICO_INTROSPECTION__PORT: "abc" } })
        expect(error.message).toBe(
          'config: introspection.port (from AICO_INTROSPECTION__PORT): expected an integer between 0 and 65535, got "abc"',
        )
        expect(error.issues).toEqual([
          {
            source: "AICO_INTROSPECTION__PORT",
            path: "introspection.port",
            problem: 'expected an integer between 0 and 65535, got "abc"',
          },
        ])
      }),
    )

    it.scoped("a bad value in the user file names the file", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(
          path.join(home, "config.yaml"),
          "bus:\n  durable:\n    maxAttempts: 0\nlog:\n  level: verbose\n",
        )
        const error = yield* failure(home, { userFile: file })
        expect(error.message.split("\n")).toEqual([
          `config: bus.durable.maxAttempts (from user file ${file}): expected a positive integer, got 0`,
          `config: log.level (from user file ${file}): expected one of "trace", "debug", "info", "warning", "error", "fatal", "none", got "verbose"`,
        ])
      }),
    )

    it.scoped("an unknown key is refused with its path and the keys that exist", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const file = yield* writeFile(
          path.join(home, "config.yaml"),
          "introspection:\n  prot: 80\n",
        )
        const error = yield* failure(home, { userFile: file })
        expect(error.message).toBe(
          `config: introspection.prot (from user file ${file}): unknown key; expected one of enabled, host, port`,
        )
      }),
    )

    it.scoped("an unknown env key names the variable", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const error = yield* failure(home, { env: { AICO_LOG__LEVL: "debug" } })
        expect(error.message).toBe(
          "config: log.levl (from AICO_LOG__LEVL): unknown key; expected one of level, console, file",
        )
      }),
    )

    it.scoped("a section given as a scalar is refused", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const error = yield* failure(home, { overrides: { log: 5 } })
        expect(error.message).toBe("config: log (from overrides): expected a mapping, got 5")
      }),
    )

    it.scoped("peers need an id and an endpoint", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const error = yield* failure(home, {
          overrides: { bus: { peers: [{ id: "Laptop", endpoint: "http://x" }, { id: "b" }] } },
        })
        expect(error.issues.map((issue) => issue.path)).toEqual([
          "bus.peers.0.id",
          "bus.peers.0.endpoint",
          "bus.peers.1.endpoint",
        ])
        expect(error.issues[2]?.problem).toBe(
          "missing; expected an address starting with inproc://, ipc:// or tcp://",
        )
      }),
    )

    it.scoped("the bus endpoint must name a transport", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const error = yield* failure(home, { env: { AICO_BUS__ENDPOINT: "localhost:5555" } })
        expect(error.message).toContain("config: bus.endpoint (from AICO_BUS__ENDPOINT): expected")
        const ok = yield* loadIn(home, { env: { AICO_BUS__ENDPOINT: "ipc:///tmp/aico.sock" } })
        expect(ok.bus.endpoint).toBe("ipc:///tmp/aico.sock")
      }),
    )
  })

  describe("paths", () => {
    it.scoped("a leading ~ in node.dataDir and log.file.path is the home directory", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const config = yield* loadIn(home, {
          env: { AICO_NODE__DATA_DIR: "~/data", AICO_LOG__FILE__PATH: "~/logs/a.log" },
        })
        expect(config.node.dataDir).toBe(path.join(home, "data"))
        expect(config.log.file.path).toBe(path.join(home, "logs/a.log"))
      }),
    )

    it("the default file sits next to the loader", () => {
      expect(path.basename(defaultFile)).toBe("default.yaml")
      expect(path.basename(path.dirname(defaultFile))).toBe("config")
    })
  })

  describe("configGet", () => {
    it.scoped("reads a dotted path", () =>
      Effect.gen(function* () {
        const home = yield* tempDir
        const config = yield* loadIn(home, {
          overrides: { bus: { peers: [{ id: "b", endpoint: "tcp://h:1" }] } },
        })
        expect(configGet(config, "introspection.port")).toEqual(Option.some(7878))
        expect(configGet(config, "bus.durable")).toEqual(Option.some(config.bus.durable))
        expect(configGet(config, "bus.peers.0.id")).toEqual(Option.some("b"))
        expect(configGet(config, "")).toEqual(Option.some(config))
        expect(configGet(config, "introspection.nope")).toEqual(Option.none())
        expect(configGet(config, "bus.peers.1")).toEqual(Option.none())
      }),
    )
  })
})
