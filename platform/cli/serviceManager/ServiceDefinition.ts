/** What a service manager needs to run `aico start`: the command, its environment, its files. */
export interface ServiceDefinition {
  /** `node`, its flags, the launcher, `start`: absolute paths, so no PATH lookup at boot. */
  readonly command: ReadonlyArray<string>
  /** AICO_* settings in force when the unit was installed, and PATH. */
  readonly environment: ReadonlyArray<readonly [string, string]>
  readonly workingDirectory: string
  /** Where launchd sends the console output (systemd keeps it in the journal). */
  readonly consoleLog: string
}

/** The environment kept in the unit: every AICO_* variable, and PATH for child processes. */
export const serviceEnvironment = (
  env: Readonly<Record<string, string | undefined>>,
): ReadonlyArray<readonly [string, string]> =>
  Object.entries(env)
    .filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && (entry[0].startsWith("AICO_") || entry[0] === "PATH"),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
