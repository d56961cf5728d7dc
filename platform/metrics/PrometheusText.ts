/**
 * Effect metric snapshots (`Metric.snapshot`) in Prometheus' text exposition format 0.0.4:
 * one `# HELP`/`# TYPE` header per metric name, then one line per labelled series.
 * Histograms are already cumulative in Effect; they get their `+Inf` bucket, `_sum` and
 * `_count`. Names and label names are made valid, label values escaped.
 */
import { MetricState, Option } from "effect"
import type { MetricPair } from "effect"

type Pair = MetricPair.MetricPair.Untyped

const name = (raw: string) => {
  const cleaned = raw.replace(/[^a-zA-Z0-9_:]/g, "_")
  return /^[a-zA-Z_:]/.test(cleaned) ? cleaned : `_${cleaned}`
}
const labelName = (raw: string) => {
  const cleaned = raw.replace(/[^a-zA-Z0-9_]/g, "_")
  return /^[a-zA-Z_]/.test(cleaned) ? cleaned : `_${cleaned}`
}
const escapeValue = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"')
const escapeHelp = (text: string) => text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")

const labels = (pairs: ReadonlyArray<readonly [string, string]>) =>
  pairs.length === 0
    ? ""
    : `{${pairs.map(([key, value]) => `${labelName(key)}="${escapeValue(value)}"`).join(",")}}`

const number = (value: number | bigint) =>
  typeof value === "bigint"
    ? value.toString()
    : Number.isNaN(value)
      ? "NaN"
      : value === Infinity
        ? "+Inf"
        : value === -Infinity
          ? "-Inf"
          : String(value)

const typeOf = (state: unknown) =>
  MetricState.isCounterState(state) || MetricState.isFrequencyState(state)
    ? "counter"
    : MetricState.isGaugeState(state)
      ? "gauge"
      : MetricState.isHistogramState(state)
        ? "histogram"
        : MetricState.isSummaryState(state)
          ? "summary"
          : "untyped"

const seriesLines = (metric: string, pair: Pair): ReadonlyArray<string> => {
  const tags = pair.metricKey.tags.map((tag) => [tag.key, tag.value] as const)
  const state: unknown = pair.metricState
  if (MetricState.isCounterState(state) || MetricState.isGaugeState(state)) {
    const value = MetricState.isCounterState(state) ? state.count : state.value
    return [`${metric}${labels(tags)} ${number(value)}`]
  }
  if (MetricState.isHistogramState(state)) {
    const finite = state.buckets.filter(([bound]) => Number.isFinite(bound))
    return [
      ...finite.map(
        ([bound, count]) => `${metric}_bucket${labels([...tags, ["le", number(bound)]])} ${count}`,
      ),
      `${metric}_bucket${labels([...tags, ["le", "+Inf"]])} ${state.count}`,
      `${metric}_sum${labels(tags)} ${number(state.sum)}`,
      `${metric}_count${labels(tags)} ${state.count}`,
    ]
  }
  if (MetricState.isSummaryState(state)) {
    return [
      ...state.quantiles.flatMap(([quantile, value]) =>
        Option.isSome(value)
          ? [`${metric}${labels([...tags, ["quantile", String(quantile)]])} ${number(value.value)}`]
          : [],
      ),
      `${metric}_sum${labels(tags)} ${number(state.sum)}`,
      `${metric}_count${labels(tags)} ${state.count}`,
    ]
  }
  if (MetricState.isFrequencyState(state)) {
    return [...state.occurrences].map(
      ([key, count]) => `${metric}${labels([...tags, ["key", key]])} ${count}`,
    )
  }
  return []
}

/** The exposition text of `pairs`, names sorted so scrapes compare line by line. */
export const render = (pairs: ReadonlyArray<Pair>): string => {
  const byName = new Map<string, Array<Pair>>()
  for (const pair of pairs) {
    const key = name(pair.metricKey.name)
    byName.set(key, [...(byName.get(key) ?? []), pair])
  }
  const blocks = [...byName.keys()].sort().map((metric) => {
    const series = byName.get(metric) ?? []
    const first = series[0]
    const help = first === undefined ? Option.none() : first.metricKey.description
    return [
      ...(Option.isSome(help) ? [`# HELP ${metric} ${escapeHelp(help.value)}`] : []),
      `# TYPE ${metric} ${typeOf(first?.metricState)}`,
      ...series.flatMap((pair) => seriesLines(metric, pair)),
    ].join("\n")
  })
  return blocks.length === 0 ? "" : `${blocks.join("\n")}\n`
}
