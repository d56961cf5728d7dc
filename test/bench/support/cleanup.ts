/**
 * Last-resort cleanup for bench resources (child processes, temporary directories): run
 * on normal exit, on an uncaught error and on SIGINT/SIGTERM, so an interrupted run never
 * leaves a process or a socket file behind. Scoped release does the same work earlier.
 */
const tasks = new Set<() => void>()
let installed = false

const runAll = () => {
  for (const task of [...tasks].reverse()) {
    try {
      task()
    } catch {
      // Cleanup is best effort: one failure must not keep the others from running.
    }
  }
  tasks.clear()
}

const install = () => {
  if (installed) return
  installed = true
  process.on("exit", runAll)
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      runAll()
      process.exit(130)
    })
  }
}

/** Registers a synchronous cleanup; returns the function that unregisters it. */
export const onExit = (task: () => void): (() => void) => {
  install()
  tasks.add(task)
  return () => tasks.delete(task)
}
