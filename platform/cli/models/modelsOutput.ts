/** How `aico models` prints: a table for people, JSON for scripts, progress on stderr. */
import type { ModelEntry, Progress, Pulled } from "../../models/Models.js"

export const formatBytes = (bytes: number | null): string => {
  if (bytes === null) return "-"
  const units = ["B", "kB", "MB", "GB", "TB"]
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}

const table = (rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? []
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "),
    )
    .join("\n")
}

export const modelTable = (entries: ReadonlyArray<ModelEntry>): string =>
  table([
    ["NAME", "PROVIDER", "STATUS", "SIZE", "USED", "LOCATION"],
    ...entries.map((e) => [
      e.name,
      e.provider,
      e.status,
      formatBytes(e.sizeBytes),
      e.active && e.configured ? "yes" : e.configured ? "configured" : "",
      e.location,
    ]),
  ])

export const pulledLine = (pulled: Pulled): string =>
  `pulled ${pulled.name} (${pulled.provider}${
    pulled.sizeBytes === null ? "" : `, ${formatBytes(pulled.sizeBytes)}`
  }) into ${pulled.location}`

/** A progress printer that writes a line per status and per tenth of the download. */
export const progressPrinter = (write: (line: string) => void) => {
  let last = ""
  return (progress: Progress) => {
    const tenth =
      progress.totalBytes === null || progress.totalBytes === 0
        ? ""
        : `${Math.floor((progress.completedBytes / progress.totalBytes) * 10) * 10}%`
    const key = `${progress.name} ${progress.status} ${tenth}`
    if (key === last) return
    last = key
    const amount =
      progress.totalBytes === null
        ? progress.completedBytes > 0
          ? ` ${formatBytes(progress.completedBytes)}`
          : ""
        : ` ${tenth} of ${formatBytes(progress.totalBytes)}`
    write(`${progress.name}: ${progress.status}${amount}`)
  }
}
