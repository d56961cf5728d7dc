/** The actor tree and one actor as the terminal shows them (`--json` prints the raw views). */
import type { ActorDetail, ActorInfo } from "../../../schemas/Introspection.js"
import { type Style } from "../output/ansi.js"
import { humanDuration } from "../output/duration.js"
import { table } from "../output/table.js"

const depthOf = (actor: ActorInfo, byAddress: ReadonlyMap<string, ActorInfo>) => {
  let depth = 0
  let parent = actor.parent
  // Bounded by the tree's size, so a malformed parent cycle cannot hang the listing.
  while (parent !== null && depth < byAddress.size) {
    depth++
    parent = byAddress.get(parent)?.parent ?? null
  }
  return depth
}

/** Children after their parent, siblings in the order the endpoint gave them. */
const treeOrder = (actors: ReadonlyArray<ActorInfo>): ReadonlyArray<ActorInfo> => {
  const byAddress = new Map(actors.map((actor) => [actor.address, actor]))
  const children = new Map<string | null, Array<ActorInfo>>()
  for (const actor of actors) {
    const parent = actor.parent !== null && byAddress.has(actor.parent) ? actor.parent : null
    children.set(parent, [...(children.get(parent) ?? []), actor])
  }
  const ordered: Array<ActorInfo> = []
  const visit = (parent: string | null) => {
    for (const child of children.get(parent) ?? []) {
      if (ordered.includes(child)) continue
      ordered.push(child)
      visit(child.address)
    }
  }
  visit(null)
  return ordered
}

export const stateText = (state: unknown): string =>
  state === null || state === undefined
    ? "-"
    : typeof state === "string"
      ? state
      : JSON.stringify(state)

const statusText = (status: ActorInfo["status"], style: Style) =>
  status === "running"
    ? style.green(status)
    : status === "failed" || status === "stopped"
      ? style.red(status)
      : style.yellow(status)

export const actorTable = (actors: ReadonlyArray<ActorInfo>, style: Style): string => {
  const byAddress = new Map(actors.map((actor) => [actor.address, actor]))
  return table(
    treeOrder(actors),
    [
      {
        header: "ADDRESS",
        cell: (a) => `${"  ".repeat(depthOf(a, byAddress))}${a.address}`,
      },
      { header: "KIND", cell: (a) => a.kind },
      { header: "STATUS", cell: (a) => statusText(a.status, style) },
      { header: "STATE", cell: (a) => stateText(a.state) },
      { header: "MAILBOX", cell: (a) => `${a.mailboxDepth}/${a.mailboxCapacity}`, right: true },
      { header: "PROCESSED", cell: (a) => String(a.processed), right: true },
      {
        header: "RESTARTS",
        cell: (a) => (a.restarts > 0 ? style.yellow(String(a.restarts)) : "0"),
        right: true,
      },
      { header: "UPTIME", cell: (a) => humanDuration(a.uptimeMs), right: true },
    ],
    style,
  )
}

export const actorDetail = (actor: ActorDetail, style: Style): string => {
  const field = (name: string, value: string) => `${style.bold(name.padEnd(12))}${value}`
  const list = (values: ReadonlyArray<string>) => (values.length === 0 ? "-" : values.join(", "))
  return [
    field("address", actor.address),
    field("kind", actor.kind),
    field("parent", actor.parent ?? "-"),
    field("status", statusText(actor.status, style)),
    field("state", stateText(actor.state)),
    field("mailbox", `${actor.mailboxDepth}/${actor.mailboxCapacity}`),
    field("processed", String(actor.processed)),
    field("restarts", String(actor.restarts)),
    field("last error", actor.lastError ?? "-"),
    field("uptime", humanDuration(actor.uptimeMs)),
    field("accepts", list(actor.accepts)),
    field("emits", list(actor.emits)),
    field("children", list(actor.children)),
    style.bold("context"),
    JSON.stringify(actor.context, null, 2),
  ].join("\n")
}
