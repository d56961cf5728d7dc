import { Effect } from "effect"
import { mailboxContract } from "./contract.js"

mailboxContract({
  name: "inproc",
  sameNode: false,
  endpoint: (node) => Effect.succeed(`inproc://aico-${node}-${crypto.randomUUID()}`),
})
