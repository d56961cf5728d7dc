/** The running service's record, for commands that talk to it; none running is exit 3. */
import { Effect, Option } from "effect"
import type { Config } from "../../../schemas/Config.js"
import * as ServiceFiles from "../../service/ServiceFiles.js"
import type { ServiceRecord } from "../../service/ServiceRecord.js"
import { NotRunning } from "../ExitCode.js"

/** The ready service on the configured data directory. */
export const runningService = (config: Config): Effect.Effect<ServiceRecord, NotRunning> =>
  Effect.flatMap(ServiceFiles.inspect(config.node.dataDir), (state) =>
    state._tag === "Running" && Option.isSome(state.record)
      ? Effect.succeed(state.record.value)
      : Effect.fail(new NotRunning({ dataDir: config.node.dataDir })),
  )
