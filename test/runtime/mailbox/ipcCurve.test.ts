import { Effect } from "effect"
import { join } from "node:path"
import { mailboxContract } from "./contract.js"

mailboxContract({
  name: "ipc with CurveZMQ",
  sameNode: false,
  curve: true,
  endpoint: (node, dataDir) => Effect.succeed(`ipc://${join(dataDir, `${node}.sock`)}`),
})
