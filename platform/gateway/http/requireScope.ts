/** Handlers of operator routes start by checking the client's scope. */
import { Effect } from "effect"
import { Forbidden } from "../api/ApiErrors.js"
import { CurrentClient, type Scope } from "../api/Authentication.js"

export const requireScope = (scope: Scope): Effect.Effect<void, Forbidden, CurrentClient> =>
  Effect.flatMap(CurrentClient, (client) =>
    client.scopes.includes(scope)
      ? Effect.void
      : Effect.fail(
          new Forbidden({
            scope,
            message: `this needs the "${scope}" scope; log in with the master password or use an operator token`,
          }),
        ),
  )
