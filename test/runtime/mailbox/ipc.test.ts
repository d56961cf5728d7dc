import { Effect } from "effect"
import { join } from "node:path"
import { mailboxContract } from "./contract.js"

mailboxContract({
  name: "ipc",
  sameNode: false,
  endpoint: (_node, dataDir) => Effect.succeed(`ipc://${join(dataDir, "bus.sock")}`),
})
