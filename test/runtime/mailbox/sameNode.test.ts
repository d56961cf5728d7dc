import { Effect } from "effect"
import { mailboxContract } from "./contract.js"

mailboxContract({
  name: "one node (no socket)",
  sameNode: true,
  endpoint: (node) => Effect.succeed(`inproc://aico-same-${node}-${crypto.randomUUID()}`),
})
