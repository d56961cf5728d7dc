/** Semantic-memory message types (`memory.*`), asked of the memory actor. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Memory from "../../schemas/messages/memory.js"

const proto = aico.memory.v1

export const StoreMemory = defineMessage({
  type: "memory.store",
  schema: Memory.StoreMemory,
  proto: proto.StoreMemory,
})
export const MemoryStored = defineMessage({
  type: "memory.stored",
  schema: Memory.MemoryStored,
  proto: proto.MemoryStored,
})
export const SearchMemory = defineMessage({
  type: "memory.search",
  schema: Memory.SearchMemory,
  proto: proto.SearchMemory,
})
export const MemoryResults = defineMessage({
  type: "memory.results",
  schema: Memory.MemoryResults,
  proto: proto.MemoryResults,
})
export const MemoryFailed = defineMessage({
  type: "memory.failed",
  schema: Memory.MemoryFailed,
  proto: proto.MemoryFailed,
})

export const memoryMessages = [
  StoreMemory,
  MemoryStored,
  SearchMemory,
  MemoryResults,
  MemoryFailed,
] as const
