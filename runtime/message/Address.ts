/**
 * Actor addresses: `name@node`. The name is unique within its node; the node part tells the
 * mailbox layer which peer to route to.
 */
import { Schema } from "effect"

const namePattern = /^[a-z0-9_][a-z0-9_.-]*$/
const nodePattern = /^[a-z0-9][a-z0-9_-]*$/

export const ActorName = Schema.String.pipe(
  Schema.pattern(namePattern, { message: () => "an actor name: lowercase letters, digits, . _ -" }),
  Schema.brand("ActorName"),
)
export type ActorName = typeof ActorName.Type

export const NodeId = Schema.String.pipe(
  Schema.pattern(nodePattern, { message: () => "a node id: lowercase letters, digits, _ -" }),
  Schema.brand("NodeId"),
)
export type NodeId = typeof NodeId.Type

export const Address = Schema.TemplateLiteral(Schema.String, "@", Schema.String).pipe(
  Schema.filter((s) => {
    const at = s.lastIndexOf("@")
    return (namePattern.test(s.slice(0, at)) && nodePattern.test(s.slice(at + 1))) || "name@node"
  }),
)
export type Address = typeof Address.Type

export const address = (name: string, node: string): Address => `${name}@${node}`

/** The node part of an address, or undefined if it has none. */
export const nodeOf = (address: string): string | undefined => {
  const at = address.lastIndexOf("@")
  return at < 0 ? undefined : address.slice(at + 1)
}

export const nameOf = (address: string): string => {
  const at = address.lastIndexOf("@")
  return at < 0 ? address : address.slice(0, at)
}

export const isAddress: (u: unknown) => u is Address = Schema.is(Address)
