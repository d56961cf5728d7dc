/** Human-readable bench lines: aligned figures, details indented below, targets marked. */

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })

export const rate = (msgsPerS: number): string => `${grouped.format(msgsPerS)} msg/s`
export const ms = (value: number): string => `${value.toFixed(3)} ms`
export const count = (value: number): string => grouped.format(value)
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

export const heading = (text: string): void => console.log(text)

/** One figure, `  label   value`, with each detail on an indented line below. */
export const line = (label: string, value: string, ...details: ReadonlyArray<string>): void => {
  console.log(`  ${label.padEnd(36)} ${value.padStart(20)}`)
  for (const detail of details) console.log(`      ${detail}`)
}

/** A target line: what was measured against what is wanted. */
export const target = (label: string, value: string, wanted: string, met: boolean): void =>
  console.log(
    `  ${label.padEnd(36)} ${value.padStart(20)}   target ${wanted.padEnd(18)} ${met ? "met" : "MISSED"}`,
  )
