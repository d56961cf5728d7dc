/** Model-service message types (`model.*`), told to and streamed from `model@<node>`. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Model from "../../schemas/messages/model.js"

const proto = aico.model.v1

export const Generate = defineMessage({
  type: "model.generate",
  schema: Model.Generate,
  proto: proto.Generate,
})
export const Delta = defineMessage({ type: "model.delta", schema: Model.Delta, proto: proto.Delta })
export const Generated = defineMessage({
  type: "model.generated",
  schema: Model.Generated,
  proto: proto.Generated,
})
export const GenerateFailed = defineMessage({
  type: "model.failed",
  schema: Model.GenerateFailed,
  proto: proto.GenerateFailed,
})
export const Cancel = defineMessage({
  type: "model.cancel",
  schema: Model.Cancel,
  proto: proto.Cancel,
})
export const CountTokens = defineMessage({
  type: "model.count_tokens",
  schema: Model.CountTokens,
  proto: proto.CountTokens,
})
export const TokenCounts = defineMessage({
  type: "model.token_counts",
  schema: Model.TokenCounts,
  proto: proto.TokenCounts,
})

export const modelMessages = [
  Generate,
  Delta,
  Generated,
  GenerateFailed,
  Cancel,
  CountTokens,
  TokenCounts,
] as const
