/** What each client frame does, and what happens when its client goes away. */
import { Effect } from "effect"
import type { Introspection } from "../../../runtime/introspection/Introspection.js"
import type { ClientFrame } from "../../../schemas/client/ClientFrame.js"
import * as ActorFeed from "./actorFeed.js"
import type { Chat } from "./chat.js"
import type { ConnectionHandlers } from "./Connection.js"
import { encodeFrame } from "./frames.js"
import type { Session } from "./Session.js"

export const makeHandlers = (
  chat: Chat,
  introspection: Introspection.Service,
): ConnectionHandlers => ({
  dispatch: (session: Session, frame: ClientFrame, reply: (text: string) => void) => {
    switch (frame.type) {
      case "ping":
        return Effect.sync(() => {
          const pong = encodeFrame({
            type: "pong",
            ...(frame.id === undefined ? {} : { id: frame.id }),
          })
          if (pong !== undefined) reply(pong)
        })
      case "chat.send":
        return chat.send(session, frame)
      case "chat.stop":
        return chat.stop(session, frame)
      case "chat.regenerate":
        return chat.regenerate(session, frame)
      case "chat.feedback":
        return chat.feedback(session, frame)
      case "actors.subscribe":
        return session.client.scopes.includes("operator")
          ? ActorFeed.subscribe(introspection, session, frame.addresses)
          : Effect.sync(() =>
              session.push({
                type: "error",
                code: "forbidden",
                message: 'live actor state needs the "operator" scope',
              }),
            )
      case "actors.unsubscribe":
        return Effect.sync(() => ActorFeed.unsubscribe(session))
    }
  },
  gone: (session) =>
    Effect.sync(() => ActorFeed.unsubscribe(session)).pipe(
      Effect.zipRight(chat.cancelOpen(session)),
    ),
})
