/**
 * Supervision strategies, restart types and restart intensity, with OTP's meanings:
 * which children restart when one fails, which failures count, and when to give up.
 */
export type Strategy = "one-for-one" | "one-for-all" | "rest-for-one"

/** permanent: always restarted; transient: only after a crash; temporary: never. */
export type RestartType = "permanent" | "transient" | "temporary"

export const shouldRestart = (restart: RestartType, crashed: boolean): boolean =>
  restart === "permanent" || (restart === "transient" && crashed)

/** The children to restart, in start order, when the child at `failed` fails. */
export const affected = <A>(
  strategy: Strategy,
  children: ReadonlyArray<A>,
  failed: number,
): ReadonlyArray<A> => {
  switch (strategy) {
    case "one-for-one":
      return [children[failed]!]
    case "one-for-all":
      return children
    case "rest-for-one":
      return children.slice(failed)
  }
}

/**
 * Restart intensity: at most `intensity` restarts within any `periodMs`. Records a restart
 * at `now` and says whether it is still allowed, and how many fall within the window.
 */
export class RestartWindow {
  private times: Array<number> = []

  constructor(
    readonly intensity: number,
    readonly periodMs: number,
  ) {}

  record(now: number): { readonly allowed: boolean; readonly recent: number } {
    this.times = this.times.filter((t) => now - t < this.periodMs)
    this.times.push(now)
    return { allowed: this.times.length <= this.intensity, recent: this.times.length }
  }
}
