/** Rendering an offending value for an error message: short, quoted, never throwing. */

const limit = 80

export const show = (value: unknown): string => {
  if (value === undefined) return "nothing"
  let text: string
  try {
    text =
      typeof value === "number" ||
      typeof value === "bigint" ||
      typeof value === "symbol" ||
      typeof value === "function"
        ? String(value)
        : (JSON.stringify(value) ?? String(value))
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text
}
