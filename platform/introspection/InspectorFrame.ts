/**
 * What one WebSocket text frame on `GET /inspect` carries: an inspection event, or the
 * notice that this client fell behind and missed some.
 */
import { Schema } from "effect"
import { InspectionEvent } from "../../schemas/Introspection.js"

/**
 * Sent once a slow client has caught up with the events queued before a gap: `count`
 * events were dropped at that point instead of growing the server's memory.
 */
export const DroppedNotice = Schema.Struct({
  type: Schema.Literal("@aico.dropped"),
  count: Schema.Number,
})
export type DroppedNotice = typeof DroppedNotice.Type

export const droppedNotice = (count: number): DroppedNotice => ({ type: "@aico.dropped", count })

export const InspectorFrame = Schema.Union(InspectionEvent, DroppedNotice)
export type InspectorFrame = typeof InspectorFrame.Type

/** Frame ⇄ JSON text; clients decode with it too. */
export const InspectorFrameJson = Schema.parseJson(InspectorFrame)
