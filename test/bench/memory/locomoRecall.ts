/**
 * Retrieval quality on LoCoMo (conv-26): every dialog turn stored as a memory through
 * SemanticMemory (embedded, indexed, with the session's date as its time), every question
 * asked through `recall`, and the share of evidence turns in the top 5, 10 and 25.
 */
import { Effect } from "effect"
import { join } from "node:path"
import { SemanticMemory } from "../../../platform/memory/SemanticMemory.js"
import { projectRoot } from "../../../platform/projectRoot.js"
import { turnDocument } from "../../../actors/memory/turnDocument.js"
import {
  categoryNames,
  evaluateRecall,
  loadLocomo,
  renderTurn,
  type Locomo,
  type LocomoTurn,
  type RecallReport,
} from "./locomo.js"

export const locomoPath = join(
  projectRoot,
  "..",
  "shared",
  "datasets",
  "locomo-dev",
  "conv-26.json",
)

/**
 * A turn as AICO stores conversation turns (`turnDocument`): the turn (with its photo's
 * caption, see `renderTurn`) after the line it answers, within the same session.
 */
export const documentOf = (locomo: Locomo, i: number): string => {
  const turn = locomo.turns[i]
  const previous = locomo.turns[i - 1]
  if (turn === undefined) return ""
  const line = (t: LocomoTurn) => ({
    speaker: t.speaker,
    text: renderTurn(t).slice(t.speaker.length + 2),
  })
  return turnDocument(line(turn), previous?.session === turn.session ? line(previous) : undefined)
}

export const measureLocomoRecall: Effect.Effect<RecallReport, unknown, SemanticMemory> = Effect.gen(
  function* () {
    const memory = yield* SemanticMemory
    const locomo = yield* Effect.promise(() => loadLocomo(locomoPath))
    const started = performance.now()
    const stored = yield* memory.rememberAll(
      locomo.turns.map((turn, i) => ({
        content: documentOf(locomo, i),
        kind: "turn",
        createdAt: new Date(turn.sessionTime),
      })),
    )
    const diaIdOf = new Map(stored.map((m, i) => [m.id as string, locomo.turns[i]?.diaId ?? ""]))
    console.log(
      `  ingested ${stored.length} turns in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    const report = yield* Effect.promise(() =>
      evaluateRecall(locomo.questions, (question) =>
        Effect.runPromise(
          memory
            .recall({ query: question.question, limit: 25 })
            .pipe(Effect.map((hits) => hits.map((hit) => diaIdOf.get(hit.memory.id) ?? ""))),
        ),
      ),
    )
    const pct = (value: number | undefined) => `${((value ?? 0) * 100).toFixed(1)} %`
    console.log(
      `  recall@5 ${pct(report.recall[5])}, @10 ${pct(report.recall[10])}, @25 ${pct(report.recall[25])}` +
        ` over ${report.evaluated} questions (${report.skipped} without evidence skipped)`,
    )
    for (const [category, name] of Object.entries(categoryNames)) {
      const part = report.byCategory[Number(category) as keyof typeof categoryNames]
      if (part === undefined) continue
      console.log(
        `    ${name.padEnd(14)} n=${String(part.evaluated).padStart(3)}  @5 ${pct(part.recall[5])}  @10 ${pct(part.recall[10])}  @25 ${pct(part.recall[25])}`,
      )
    }
    return report
  },
)
