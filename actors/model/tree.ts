/**
 * The model service as a piece of a supervision tree. It tells its requesters directly
 * and publishes nothing, so it needs no topic grants.
 */
import { actor } from "../../runtime/system/TreeSpec.js"
import { modelActor } from "./model.machine.js"
import type { ModelSettings } from "./ModelSettings.js"

export { modelMessages } from "./messages.js"

export const modelTree = (settings: ModelSettings) =>
  actor(modelActor(settings), { restart: "permanent", shutdownTimeoutMs: 5000 })
