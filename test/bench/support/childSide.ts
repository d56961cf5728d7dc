/**
 * The child's half of the bench IPC channel: answers requests by type, exits when the
 * parent goes away (so an orphaned child never lingers), and sends unsolicited reports.
 */
import type { ChildMessage } from "./childProcess.js"

export type Handler = (
  message: ChildMessage,
) => Promise<Record<string, unknown>> | Record<string, unknown>

/** Sends a message to the parent (a report such as "ready", with data). */
export const report = (type: string, data: Record<string, unknown> = {}): void => {
  process.send?.({ ...data, type })
}

/** Answers each request of a known type with `{ type: "reply", id, ...result }`. */
export const serve = (handlers: Record<string, Handler>): void => {
  process.on("disconnect", () => process.exit(0))
  process.on("message", (raw) => {
    const message = raw as ChildMessage
    const handler = handlers[message.type]
    if (handler === undefined) return
    void Promise.resolve()
      .then(() => handler(message))
      .then(
        (result) => process.send?.({ ...result, type: "reply", id: message.id }),
        (error: unknown) => process.send?.({ type: "error", id: message.id, error: String(error) }),
      )
  })
}
