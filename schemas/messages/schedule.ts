/** The scheduler's clock (`schedule.tick`): "now" for every actor that depends on time. */
import { Schema } from "effect"

export const Tick = Schema.Struct({ now: Schema.Number.pipe(Schema.nonNegative()) })
export type Tick = typeof Tick.Type
