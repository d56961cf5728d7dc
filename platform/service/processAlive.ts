/** Whether a process id names a live process, without signalling it. */
import { readFileSync } from "node:fs"

export const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return error instanceof Error && "code" in error && error.code === "EPERM"
  }
}

/**
 * Whether `pid` is a live Node process: a pid file outlives a killed service, and the OS
 * may have given its number to something else since. Where /proc is missing (macOS) the
 * liveness check is all there is.
 */
export const nodeProcessAlive = (pid: number): boolean => {
  if (!processAlive(pid)) return false
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node")
  } catch {
    return process.platform !== "linux"
  }
}
