/** The service entry point (`npm start`); `aico start` runs the same program. */
import { NodeRuntime } from "@effect/platform-node"
import { program } from "./service/serviceProgram.js"

NodeRuntime.runMain(program, { disablePrettyLogger: true })
