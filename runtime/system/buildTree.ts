/**
 * Turns a TreeSpec into live supervisors and actor cells (not yet started), building each
 * actor's machine inside Effect so machines may close over services they invoke.
 */
import { Effect } from "effect"
import type { AnyStateMachine } from "xstate"
import { ActorCell, type CellEnvironment } from "../actor/ActorCell.js"
import type { SupervisionEvent } from "../../schemas/messages/system.js"
import { backoff } from "../bus/backoff.js"
import type { Child } from "../supervision/Child.js"
import { Supervisor } from "../supervision/Supervisor.js"
import type { TreeSpec } from "./TreeSpec.js"

export interface TreeDefaults {
  readonly intensity: number
  readonly periodMs: number
  readonly backoffBaseMs: number
  readonly backoffMaxMs: number
  readonly shutdownTimeoutMs: number
}

export interface BuiltTree {
  readonly root: Child
  readonly cells: Map<string, ActorCell>
  readonly supervisors: Map<string, Supervisor>
}

export const buildTree = <R>(
  spec: TreeSpec<R>,
  node: string,
  env: CellEnvironment,
  defaults: TreeDefaults,
  onDecision: (event: SupervisionEvent) => void,
): Effect.Effect<BuiltTree, never, R> =>
  Effect.gen(function* () {
    const cells = new Map<string, ActorCell>()
    const supervisors = new Map<string, Supervisor>()
    const build = (s: TreeSpec<R>): Effect.Effect<Child, never, R> =>
      Effect.gen(function* () {
        if (s.kind === "actor") {
          const definition = s.definition
          const machine: AnyStateMachine = Effect.isEffect(definition.machine)
            ? yield* definition.machine
            : definition.machine
          const cell = new ActorCell({ ...definition, machine }, machine, node, env)
          if (cells.has(cell.address)) throw new Error(`two actors are named ${cell.address}`)
          cells.set(cell.address, cell)
          env.bus.register(cell)
          if (s.grants !== undefined) env.bus.permissions.grant(cell.address, s.grants)
          for (const pattern of definition.subscribes ?? []) {
            if (!env.bus.subscribe(pattern, cell.address)) {
              return yield* Effect.dieMessage(
                `${cell.address} subscribes to ${pattern} without a grant: add it to the actor's grants in the supervision tree`,
              )
            }
          }
          return cell
        }
        const children = []
        for (const child of s.children) {
          children.push({
            child: yield* build(child),
            restart: child.restart ?? "permanent",
            shutdownTimeoutMs: child.shutdownTimeoutMs ?? defaults.shutdownTimeoutMs,
          })
        }
        // Supervisors publish their decisions; that is the runtime's own grant.
        env.bus.permissions.grant(`${s.name}@${node}`, { publish: ["system.supervision"] })
        const supervisor = new Supervisor({
          address: `${s.name}@${node}`,
          strategy: s.strategy,
          intensity: s.intensity ?? defaults.intensity,
          periodMs: s.periodMs ?? defaults.periodMs,
          backoff: backoffAfterFirst(
            s.backoffBaseMs ?? defaults.backoffBaseMs,
            s.backoffMaxMs ?? defaults.backoffMaxMs,
          ),
          children,
          onDecision,
        })
        supervisors.set(supervisor.address, supervisor)
        return supervisor
      })
    const root = yield* build(spec)
    return { root, cells, supervisors }
  })

/** The first restart in a period is immediate; later ones back off exponentially. */
const backoffAfterFirst = (baseMs: number, maxMs: number) => {
  const delay = backoff(baseMs, maxMs)
  return (n: number) => (n <= 0 ? 0 : delay(n - 1))
}
