/**
 * The shape of a supervision tree, declared as data: supervisors with their strategy and
 * limits, actors with their restart type and shutdown timeout.
 */
import type { ActorDefinition } from "../actor/ActorDefinition.js"
import type { TopicGrants } from "../pubsub/TopicGrants.js"
import type { RestartType, Strategy } from "../supervision/Strategy.js"

export interface ChildOptions {
  readonly restart?: RestartType
  readonly shutdownTimeoutMs?: number
}

export interface ActorOptions extends ChildOptions {
  /** The topics this actor may publish on and subscribe to: nothing unless granted here. */
  readonly grants?: TopicGrants
}

export interface ActorSpec<R = never> extends ActorOptions {
  readonly kind: "actor"
  readonly definition: ActorDefinition<R>
}

export interface SupervisorSpec<R = never> extends ChildOptions {
  readonly kind: "supervisor"
  readonly name: string
  readonly strategy: Strategy
  /** At most `intensity` restarts within `periodMs`, then escalate (defaults from config). */
  readonly intensity?: number
  readonly periodMs?: number
  readonly backoffBaseMs?: number
  readonly backoffMaxMs?: number
  readonly children: ReadonlyArray<TreeSpec<R>>
}

export type TreeSpec<R = never> = ActorSpec<R> | SupervisorSpec<R>

export const actor = <R = never>(
  definition: ActorDefinition<R>,
  options: ActorOptions = {},
): ActorSpec<R> => ({
  kind: "actor",
  definition,
  ...options,
})

export const supervisor = <R = never>(
  name: string,
  options: Omit<SupervisorSpec<R>, "kind" | "name" | "children">,
  children: ReadonlyArray<TreeSpec<R>>,
): SupervisorSpec<R> => ({ kind: "supervisor", name, children, ...options })
