/** The overview `aico`, `aico help` and usage errors print; `aico <command> --help` has the details. */
import { exitCodesHelp } from "./ExitCode.js"

export const usage = `usage: aico <command> [options]

service:
  start [--detach]              run AICO (in the foreground, or in the background)
  stop [--timeout <s>]          stop the running service gracefully
  status [--json]               running or not, pid, uptime, endpoints' health
  service install [--dry-run]   run AICO at login: a systemd user unit (Linux) or a
  service uninstall             launchd agent (macOS); uninstall removes it

companion:
  chat                          talk to AICO in the terminal (Ctrl-C stops a reply,
                                Ctrl-D leaves)
  actors ls | inspect <address> the actor tree and one actor's state
  actors restart <address>      restart an actor through its supervisor
  actors dead-letters [replay <id>]
                                messages that kept crashing their actor

operations:
  config get <key> | set <key> <value> | validate [file]
  logs tail [-f] [-n <lines>] | query [--level L] [--actor A] [--since T] [--until T]
  db status | migrate           applied and pending migrations of PostgreSQL
  models ls | pull [name] | rm <name>
                                the language models: listed, downloaded, removed
  backup <archive.tar.gz>       back up the data directory's stores (stop AICO first)
  restore <archive.tar.gz>      restore a backup into an empty data directory
  security <action> …           the master password: setup, unlock, change-password,
                                status (aico security --help for details)
  help                          show this help

Listing and status commands take --json. Shell completions: aico --completions bash
(or zsh, fish), e.g. \`source <(aico --completions bash)\`.

Configuration comes from config/default.yaml, the user file and AICO_* variables, as for
\`aico start\` (e.g. AICO_NODE__DATA_DIR=/srv/aico).

${exitCodesHelp}`
