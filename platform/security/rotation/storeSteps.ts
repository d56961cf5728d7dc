/**
 * One batch of a store's re-sealing at a time: each call does one batch (one PostgreSQL
 * transaction, one LMDB transaction, or one page of vector records) and answers with the
 * step to record next, so a rotation killed anywhere resumes from its last recorded batch.
 * A batch done but not yet recorded is harmless: its values already open under the new key
 * and are left alone when it runs again.
 */
import { Effect, Option } from "effect"
import * as ContentCipher from "../../crypto/ContentCipher.js"
import type { RotationKeys } from "../../crypto/reseal.js"
import { sealedTables } from "../../database/repositories/SealedContentRepository.js"
import { documentText, resealDocument } from "../../memory/SealedDocument.js"
import { RotationStoreFailed } from "./RotationError.js"
import type { RotationStep } from "./RotationRecord.js"
import type { RotationStores } from "./rotationStores.js"

export interface StoreStepContext {
  readonly stores: RotationStores
  /** The old and new "database" purpose keys. */
  readonly keys: RotationKeys
  readonly batchSize: number
}

export interface Advanced {
  readonly step: RotationStep
  /** Values of this batch neither key opened. */
  readonly unreadable: number
  /** Set when the store is done: its name and how many values it holds. */
  readonly finished?: { readonly store: string; readonly total: number }
}

type TableStep = Extract<RotationStep, { _tag: "Table" }>
type VectorsStep = Extract<RotationStep, { _tag: "Vectors" }>
type WorkingMemoryStep = Extract<RotationStep, { _tag: "WorkingMemory" }>

export const firstStep: RotationStep = {
  _tag: "Table",
  table: sealedTables[0],
  afterId: null,
  done: 0,
}

const vectorsStart: RotationStep = { _tag: "Vectors", pass: 1, offset: 0, resealedInPass: 0 }

const failed = (store: string) => (error: { readonly message: string }) =>
  new RotationStoreFailed({ store, reason: error.message })

const progress = (label: string, done: number, total: number) =>
  Effect.logInfo(`${label}: ${Math.min(done, total)}/${total}`)

const warnUnreadable = (where: ReadonlyArray<string>) =>
  Effect.forEach(where, (name) =>
    Effect.logWarning(`${name} opens with neither key (damaged?); left as it was`),
  )

const table = (context: StoreStepContext, step: TableStep) =>
  Effect.gen(function* () {
    const { tables } = context.stores
    const batch = yield* tables.resealBatch(
      step.table,
      Option.fromNullable(step.afterId),
      context.batchSize,
      (sealed, where) => ContentCipher.reseal(context.keys, sealed, where),
    )
    const done = step.done + batch.seen
    const total = yield* tables.count(step.table)
    yield* warnUnreadable(batch.unreadable)
    yield* progress(`rotating ${step.table}`, done, total)
    const unreadable = batch.unreadable.length
    if (Option.isSome(batch.last))
      return { step: { ...step, afterId: batch.last.value, done }, unreadable } satisfies Advanced
    const next = sealedTables[sealedTables.indexOf(step.table) + 1]
    return {
      step:
        next === undefined ? vectorsStart : { _tag: "Table", table: next, afterId: null, done: 0 },
      unreadable,
      finished: { store: step.table, total: done },
    } satisfies Advanced
  }).pipe(Effect.mapError(failed(step.table)))

const vectors = (context: StoreStepContext, step: VectorsStep) =>
  Effect.gen(function* () {
    const store = context.stores.vectors
    const total = yield* store.count()
    const page = yield* store.page({ offset: step.offset, limit: context.batchSize })
    const replaced = []
    const unreadable: Array<string> = []
    for (const record of page) {
      const outcome = resealDocument(context.keys, record.id, record.document)
      if (outcome._tag === "Resealed")
        replaced.push({ ...record, document: documentText(outcome.sealed) })
      else if (outcome._tag === "Unreadable") unreadable.push(`vector record ${record.id}`)
    }
    yield* store.upsert(replaced)
    yield* warnUnreadable(unreadable)
    const offset = step.offset + page.length
    const resealedInPass = step.resealedInPass + replaced.length
    yield* progress(step.pass === 1 ? "rotating vectors" : "checking vectors", offset, total)
    if (page.length === context.batchSize)
      return {
        step: { ...step, offset, resealedInPass },
        unreadable: unreadable.length,
      } satisfies Advanced
    // A pass that re-sealed nothing saw every record under the new key.
    if (resealedInPass === 0)
      return {
        step: { _tag: "WorkingMemory", after: null, done: 0 },
        unreadable: unreadable.length,
        finished: { store: "vectors", total },
      } satisfies Advanced
    return {
      step: { _tag: "Vectors", pass: step.pass + 1, offset: 0, resealedInPass: 0 },
      unreadable: unreadable.length,
    } satisfies Advanced
  }).pipe(Effect.mapError(failed("vectors")))

const workingMemory = (context: StoreStepContext, step: WorkingMemoryStep) =>
  Effect.gen(function* () {
    const next: RotationStep = { _tag: "BusKey" }
    if (Option.isNone(context.stores.workingMemory))
      return { step: next, unreadable: 0, finished: { store: "working memory", total: 0 } }
    const store = context.stores.workingMemory.value
    const batch = yield* store.batch(Option.fromNullable(step.after), context.batchSize)
    const done = step.done + batch.seen
    const total = yield* store.count()
    yield* warnUnreadable(batch.unreadable.map((key) => `working memory ${key}`))
    yield* progress("rotating working memory", done, total)
    const unreadable = batch.unreadable.length
    if (Option.isSome(batch.last))
      return {
        step: { ...step, after: [batch.last.value[0], batch.last.value[1]], done },
        unreadable,
      } satisfies Advanced
    yield* store.bind()
    return { step: next, unreadable, finished: { store: "working memory", total: done } }
  }).pipe(Effect.mapError(failed("working memory")))

/** The next batch of a store step; none for the steps that are not the stores'. */
export const advanceStoreStep = (
  context: StoreStepContext,
  step: RotationStep,
): Effect.Effect<Option.Option<Advanced>, RotationStoreFailed> => {
  switch (step._tag) {
    case "Table":
      return Effect.map(table(context, step), Option.some)
    case "Vectors":
      return Effect.map(vectors(context, step), Option.some)
    case "WorkingMemory":
      return Effect.map(workingMemory(context, step), Option.some)
    default:
      return Effect.succeed(Option.none())
  }
}

/**
 * The step a resumed rotation starts from. Resuming into the vector passes checks them once
 * more: the batch it was killed in may have rewritten records the recorded pass does not
 * count, and a rewrite may move a record past the pass's offset.
 */
export const resumedStep = (step: RotationStep): RotationStep =>
  step._tag === "Vectors" ? { ...step, resealedInPass: Math.max(1, step.resealedInPass) } : step
