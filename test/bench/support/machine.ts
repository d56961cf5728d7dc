/** What else the machine is doing: benchmarks on a shared machine must say so. */
import { cpus } from "node:os"

const totals = () =>
  cpus().reduce(
    (sum, cpu) => {
      const { user, nice, sys, irq, idle } = cpu.times
      return {
        busy: sum.busy + user + nice + sys + irq,
        all: sum.all + user + nice + sys + irq + idle,
      }
    },
    { busy: 0, all: 0 },
  )

/** The fraction (0–1) of all cores' time spent busy over the next `ms`. */
export const busyFraction = async (ms: number): Promise<number> => {
  const before = totals()
  await new Promise((resolve) => setTimeout(resolve, ms))
  const after = totals()
  const all = after.all - before.all
  return all === 0 ? 0 : (after.busy - before.busy) / all
}

export const cores = (): number => cpus().length

/** CPU time this process has used so far (user + system, all threads), in microseconds. */
export const ownCpuMicros = (): number => {
  const cpu = process.cpuUsage()
  return cpu.user + cpu.system
}
