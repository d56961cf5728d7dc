/** The `aico` command tree: every subcommand, and the shape usage errors are checked against. */
import { Command } from "@effect/cli"
import { Console, Effect } from "effect"
import { AppConfig } from "../../config/AppConfig.js"
import { actorsCommand } from "./actors/actorsCommand.js"
import { backupCommand, restoreCommand } from "./backupCommand.js"
import { chatCommand } from "./chat/chatCommand.js"
import { group, leaf, type CommandTree } from "./commandPath.js"
import { configCommand } from "./config/configCommand.js"
import { dbCommand } from "./db/dbCommand.js"
import { exitCodesHelp, UsageError } from "./ExitCode.js"
import { usage } from "./help.js"
import { startCommand } from "./lifecycle/startCommand.js"
import { statusCommand } from "./lifecycle/statusCommand.js"
import { stopCommand } from "./lifecycle/stopCommand.js"
import { logsCommand } from "./logs/logsCommand.js"
import { modelsCommand } from "./models/modelsCommand.js"
import { securityCommand } from "./securityCommand.js"
import { serviceCommand } from "./serviceManager/serviceCommand.js"
import { SecurityAction } from "./security/SecurityCommand.js"

const helpCommand = Command.make("help", {}, () => Console.log(usage)).pipe(
  Command.withDescription("an overview of every command"),
)

export const aicoCommand = Command.make("aico", {}, () =>
  Effect.fail(new UsageError({ problem: "no command given", usage })),
).pipe(
  Command.withDescription(
    `AICO, a local-first AI companion: the service, its actors, configuration, logs and data.\n${exitCodesHelp}`,
  ),
  Command.withSubcommands([
    startCommand,
    stopCommand,
    statusCommand,
    serviceCommand,
    actorsCommand,
    chatCommand,
    configCommand,
    logsCommand,
    dbCommand,
    modelsCommand.pipe(Command.provide(AppConfig.layer)),
    backupCommand,
    restoreCommand,
    securityCommand,
    helpCommand,
  ]),
)

/** The words `aicoCommand` understands, for naming a mistyped one (see commandPath.ts). */
export const commandTree: CommandTree = group({
  start: leaf,
  stop: leaf,
  status: leaf,
  service: group({ install: leaf, uninstall: leaf }),
  actors: group({
    ls: leaf,
    inspect: leaf,
    restart: leaf,
    "dead-letters": group({ replay: leaf }, true),
  }),
  chat: leaf,
  models: group({ ls: leaf, pull: leaf, rm: leaf }),
  config: group({ get: leaf, set: leaf, validate: leaf }),
  logs: group({ tail: leaf, query: leaf }),
  db: group({ status: leaf, migrate: leaf }),
  backup: leaf,
  restore: leaf,
  security: group(Object.fromEntries(SecurityAction.literals.map((action) => [action, leaf]))),
  help: leaf,
})
