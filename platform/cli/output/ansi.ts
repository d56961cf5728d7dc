/**
 * Colours on a terminal, plain text elsewhere: ANSI styles are applied only when the stream
 * is a TTY and NO_COLOR is unset (https://no-color.org), so pipes and files stay clean.
 */
export interface Style {
  readonly enabled: boolean
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly red: (text: string) => string
  readonly green: (text: string) => string
  readonly yellow: (text: string) => string
  readonly cyan: (text: string) => string
}

const sgr = (enabled: boolean, open: number, close: number) => (text: string) =>
  enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text

export const makeStyle = (enabled: boolean): Style => ({
  enabled,
  bold: sgr(enabled, 1, 22),
  dim: sgr(enabled, 2, 22),
  red: sgr(enabled, 31, 39),
  green: sgr(enabled, 32, 39),
  yellow: sgr(enabled, 33, 39),
  cyan: sgr(enabled, 36, 39),
})

/** Whether `stream` should get colours. */
export const colorsFor = (stream: { readonly isTTY?: boolean }): boolean =>
  stream.isTTY === true && (process.env["NO_COLOR"] ?? "") === "" && process.env["TERM"] !== "dumb"

/** The style for standard output. */
export const stdoutStyle = (): Style => makeStyle(colorsFor(process.stdout))

// CSI sequences (colours, cursor movement) as @effect/cli's help renderer writes them.
const ansiPattern = new RegExp(String.raw`\u001b\[[0-9;?]*[A-Za-z]`, "g")

export const stripAnsi = (text: string): string => text.replace(ansiPattern, "")

/** Characters a terminal shows: what column widths are measured in. */
export const visibleLength = (text: string): number => [...stripAnsi(text)].length
