/**
 * A launchd agent (`~/Library/LaunchAgents/dev.aico.service.plist`) started at login and
 * kept alive: started again whenever it exits unsuccessfully.
 */
import type { ServiceDefinition } from "./ServiceDefinition.js"

export const label = "dev.aico.service"

const xml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")

const string = (text: string) => `<string>${xml(text)}</string>`

export const launchdPlist = (service: ServiceDefinition): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    "<dict>",
    `  <key>Label</key>${string(label)}`,
    "  <key>ProgramArguments</key>",
    "  <array>",
    ...service.command.map((word) => `    ${string(word)}`),
    "  </array>",
    "  <key>EnvironmentVariables</key>",
    "  <dict>",
    ...service.environment.map(([name, value]) => `    <key>${xml(name)}</key>${string(value)}`),
    "  </dict>",
    `  <key>WorkingDirectory</key>${string(service.workingDirectory)}`,
    "  <key>RunAtLoad</key><true/>",
    "  <key>KeepAlive</key>",
    "  <dict>",
    "    <key>SuccessfulExit</key><false/>",
    "  </dict>",
    "  <key>ThrottleInterval</key><integer>10</integer>",
    `  <key>StandardOutPath</key>${string(service.consoleLog)}`,
    `  <key>StandardErrorPath</key>${string(service.consoleLog)}`,
    "</dict>",
    "</plist>",
    "",
  ].join("\n")
