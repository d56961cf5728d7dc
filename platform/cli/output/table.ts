/** Aligned columns for listings on a terminal (`--json` is the form for scripts). */
import { type Style, visibleLength } from "./ansi.js"

export interface Column<Row> {
  readonly header: string
  readonly cell: (row: Row) => string
  /** Right-align (numbers). */
  readonly right?: boolean
}

const pad = (text: string, width: number, right: boolean) => {
  const gap = " ".repeat(Math.max(0, width - visibleLength(text)))
  return right ? gap + text : text + gap
}

/** The rows as lines under a bold header; the last column is not padded. */
export const table = <Row>(
  rows: ReadonlyArray<Row>,
  columns: ReadonlyArray<Column<Row>>,
  style: Style,
): string => {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)))
  const widths = columns.map((column, index) =>
    Math.max(
      visibleLength(column.header),
      ...cells.map((line) => visibleLength(line[index] ?? "")),
    ),
  )
  const line = (values: ReadonlyArray<string>) =>
    values
      .map((value, index) =>
        index === values.length - 1 && columns[index]?.right !== true
          ? value
          : pad(value, widths[index] ?? 0, columns[index]?.right === true),
      )
      .join("  ")
  return [style.bold(line(columns.map((c) => c.header))), ...cells.map(line)].join("\n")
}
