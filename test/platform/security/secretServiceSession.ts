/**
 * A private D-Bus session with GNOME Keyring's Secret Service, unlocked with a test password,
 * for as long as the scope lasts; its keyring files live under `home`, so a second session on
 * the same `home` is the same keyring after a "reboot". Also runs `secretStoreScript.ts` as a
 * separate Node process, the way a restarted AICO would read its key.
 */
import { spawn, spawnSync } from "node:child_process"
import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"

const script = fileURLToPath(new URL("./secretStoreScript.ts", import.meta.url))
const root = fileURLToPath(new URL("../../../", import.meta.url))

const TOOLS = { "dbus-run-session": "dbus", "gnome-keyring-daemon": "gnome-keyring" } as const

/** Throws, naming the Debian packages, unless D-Bus and GNOME Keyring are installed. */
export const requireSecretServiceTools = () => {
  const missing = Object.keys(TOOLS).filter(
    (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0,
  )
  if (missing.length > 0)
    throw new Error(
      `${missing.join(" and ")} not found: the Secret Service tests need the Debian packages ` +
        `gnome-keyring and dbus (apt-get install -y --no-install-recommends gnome-keyring dbus; ` +
        `.ci/run installs them)`,
    )
}

/** An environment with nothing of the caller's session in it: no D-Bus, a private home. */
export const isolatedEnv = (home: string): Record<string, string> => {
  const runtime = join(home, "run")
  mkdirSync(runtime, { recursive: true, mode: 0o700 })
  return {
    PATH: process.env["PATH"] ?? "/usr/bin:/bin",
    HOME: home,
    XDG_DATA_HOME: join(home, "data"),
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_RUNTIME_DIR: runtime,
  }
}

export interface SecretServiceSession {
  /** Environment for processes on this session: `isolatedEnv` plus its DBUS_SESSION_BUS_ADDRESS. */
  readonly env: Readonly<Record<string, string>>
}

const SESSION_SCRIPT = [
  'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1',
  'echo "address=$DBUS_SESSION_BUS_ADDRESS"',
  // The session lasts until the test closes our stdin.
  "exec cat >/dev/null",
].join("\n")

export const secretServiceSession = (home: string, keyringPassword = "aico-test-keyring") =>
  Effect.acquireRelease(
    Effect.async<{ session: SecretServiceSession; stop: () => Promise<void> }, Error>((resume) => {
      const env = isolatedEnv(home)
      const child = spawn("dbus-run-session", ["--", "sh", "-c", SESSION_SCRIPT], {
        env: { ...env, KEYRING_PASSWORD: keyringPassword },
        stdio: ["pipe", "pipe", "pipe"],
        detached: true,
      })
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
      const stop = async () => {
        child.stdin?.end()
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))])
        // The keyring daemon forks away from the shell; end whatever is left of the group.
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL")
        } catch {
          // already gone
        }
      }
      let output = ""
      let stderr = ""
      const timer = setTimeout(() => {
        void stop()
        resume(Effect.fail(new Error(`the Secret Service session did not start: ${stderr}`)))
      }, 15_000)
      child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString()
        const address = /^address=(.+)$/m.exec(output)?.[1]
        if (address === undefined) return
        clearTimeout(timer)
        resume(
          Effect.succeed({ session: { env: { ...env, DBUS_SESSION_BUS_ADDRESS: address } }, stop }),
        )
      })
      child.once("exit", (code) => {
        clearTimeout(timer)
        resume(Effect.fail(new Error(`the Secret Service session exited (${code}): ${stderr}`)))
      })
    }),
    ({ stop }) => Effect.promise(stop),
  ).pipe(Effect.map(({ session }) => session))

export type ScriptResult =
  | { readonly ok: true; readonly value: string | boolean | null }
  | { readonly ok: false; readonly tag: string; readonly message: string }

/** Runs `secretStoreScript.ts <args>` in a fresh Node process with exactly `env`. */
export const runSecretStoreScript = (
  env: Readonly<Record<string, string>>,
  args: ReadonlyArray<string>,
) =>
  Effect.async<ScriptResult, Error>((resume) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    child.once("exit", (code, signal) => {
      const last = stdout.trim().split("\n").at(-1) ?? ""
      try {
        resume(Effect.succeed(JSON.parse(last) as ScriptResult))
      } catch {
        resume(Effect.fail(new Error(`script exited ${code ?? signal}: ${stdout}${stderr}`)))
      }
    })
  })
