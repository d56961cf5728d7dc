/**
 * The model actor's waiting line: a user's chat goes before background work (consolidation,
 * summaries), first come first served within a priority. Pure values, so the machine's
 * context shows the line as it is.
 */
import type { Priority } from "../../schemas/messages/model.js"

export interface Waiting {
  readonly requestId: string
  readonly priority: Priority
  /** Who asked: deltas and the final answer are told to this address. */
  readonly sender: string
}

/** The line with `entry` behind every request of its priority or higher. */
export const enqueue = <W extends Waiting>(queue: ReadonlyArray<W>, entry: W): ReadonlyArray<W> => {
  if (entry.priority === "background") return [...queue, entry]
  const firstBackground = queue.findIndex((w) => w.priority === "background")
  if (firstBackground < 0) return [...queue, entry]
  return [...queue.slice(0, firstBackground), entry, ...queue.slice(firstBackground)]
}

export const without = <W extends Waiting>(
  queue: ReadonlyArray<W>,
  requestId: string,
): ReadonlyArray<W> => queue.filter((w) => w.requestId !== requestId)

export const find = <W extends Waiting>(queue: ReadonlyArray<W>, requestId: string) =>
  queue.find((w) => w.requestId === requestId)
