/**
 * A systemd user unit (`~/.config/systemd/user/aico.service`): restarted when it fails,
 * except on a configuration error (exit 78), which a restart cannot fix.
 */
import type { ServiceDefinition } from "./ServiceDefinition.js"

export const unitName = "aico.service"

// systemd splits ExecStart= on whitespace and reads C-style escapes inside double quotes;
// `%` starts a specifier everywhere.
const quote = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) && !word.includes("%")
    ? word
    : `"${word.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("%", "%%")}"`

export const systemdUnit = (service: ServiceDefinition): string =>
  [
    "[Unit]",
    "Description=AICO, a local-first AI companion",
    "After=network.target",
    "",
    "[Service]",
    "Type=simple",
    `ExecStart=${service.command.map(quote).join(" ")}`,
    `WorkingDirectory=${quote(service.workingDirectory)}`,
    ...service.environment.map(([name, value]) => `Environment=${quote(`${name}=${value}`)}`),
    "Restart=on-failure",
    "RestartSec=5",
    "RestartPreventExitStatus=78",
    "KillSignal=SIGTERM",
    // Draining mailboxes and stopping PostgreSQL and Chroma takes a while on a slow disk.
    "TimeoutStopSec=120",
    "",
    "[Install]",
    "WantedBy=default.target",
    "",
  ].join("\n")
