/** Whether anything exists at a path (file or directory); never fails. */
import { Effect } from "effect"
import { stat } from "node:fs/promises"

export const pathExists = (path: string): Effect.Effect<boolean> =>
  Effect.promise(() =>
    stat(path).then(
      () => true,
      () => false,
    ),
  )
