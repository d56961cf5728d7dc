/**
 * The supervision tree a node runs: the companion's actors as they arrive (semantic
 * memory first), beside the placeholder demo actors that show messaging and supervision
 * until the real conversation, emotion and initiative actors replace them.
 */
import { actor, supervisor } from "../runtime/system/TreeSpec.js"
import { demoMessages, demoTree } from "./demo/tree.js"
import { memoryActor } from "./memory/memory.machine.js"
import { memoryMessages } from "./memory/messages.js"

export const companionMessages = [...demoMessages, ...memoryMessages]

export const companionTree = (node: string) =>
  supervisor("root", { strategy: "one-for-one" }, [actor(memoryActor()), demoTree(node, "demo")])
