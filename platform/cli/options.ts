/** Options several commands share. */
import { Options } from "@effect/cli"

/** Machine-readable output for scripts, instead of the terminal's tables and colours. */
export const json = Options.boolean("json").pipe(
  Options.withDescription("print JSON for scripts instead of text"),
)

/** Prints `value` as JSON on standard output. */
export const printJson = (value: unknown): string => JSON.stringify(value, null, 2)
