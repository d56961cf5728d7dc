import { Effect } from "effect"
import { freePort } from "../../support/ports.js"
import { mailboxContract } from "./contract.js"

mailboxContract({
  name: "tcp with CurveZMQ",
  sameNode: false,
  curve: true,
  endpoint: (_node, _dataDir, fixed) =>
    fixed
      ? Effect.map(freePort, (port) => `tcp://127.0.0.1:${port}`)
      : Effect.succeed("tcp://127.0.0.1:0"),
})
