/**
 * The far end of the raw zeromq.js round trip: a ROUTER bound on the endpoint in argv that
 * sends every frame straight back to whoever sent it.
 */
import { boundRouter } from "./rawPeer.js"

const router = await boundRouter("rawEcho.child.ts")
for await (const frames of router) await router.send(frames)
