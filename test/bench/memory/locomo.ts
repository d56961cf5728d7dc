/**
 * LoCoMo (Maharana et al., 2024, "Evaluating Very Long-Term Conversational Memory of LLM
 * Agents") retrieval harness: load one conversation as memory documents and questions,
 * and score a ranker by evidence recall@k.
 */
import { readFile } from "node:fs/promises"
import { ParseResult, Schema } from "effect"
import { monthNames } from "../../../actors/goals/logic/extract.js"

/** LoCoMo's question categories. */
export const categoryNames = {
  1: "multi-hop",
  2: "temporal",
  3: "open-domain",
  4: "single-hop",
  5: "adversarial",
} as const

export type Category = keyof typeof categoryNames

/** "1:56 pm on 8 May, 2023" ⇄ epoch ms. LoCoMo gives no zone; UTC keeps runs stable. */
const SessionDateTime = Schema.transformOrFail(Schema.String, Schema.Number, {
  strict: true,
  decode: (text, _, ast) => {
    const match = /^(\d{1,2}):(\d{2}) (am|pm) on (\d{1,2}) ([A-Za-z]+),? (\d{4})$/i.exec(text)
    const month = match === null ? -1 : monthNames.indexOf(match[5]!.toLowerCase())
    if (match === null || month < 0) {
      return ParseResult.fail(new ParseResult.Type(ast, text, "not a LoCoMo session date"))
    }
    const hour = (Number(match[1]) % 12) + (match[3]!.toLowerCase() === "pm" ? 12 : 0)
    return ParseResult.succeed(
      Date.UTC(Number(match[6]), month, Number(match[4]), hour, Number(match[2])),
    )
  },
  encode: (_, __, ast, epochMs) =>
    ParseResult.fail(new ParseResult.Forbidden(ast, epochMs, "session dates are read-only")),
})

const RawTurn = Schema.Struct({
  speaker: Schema.String,
  dia_id: Schema.String,
  text: Schema.String,
  img_url: Schema.optional(Schema.Array(Schema.String)),
  blip_caption: Schema.optional(Schema.String),
})

const RawQuestion = Schema.Struct({
  question: Schema.String,
  answer: Schema.optional(Schema.Union(Schema.String, Schema.Number)),
  adversarial_answer: Schema.optional(Schema.String),
  evidence: Schema.Array(Schema.String),
  category: Schema.Literal(1, 2, 3, 4, 5),
})

/**
 * The file: one conversation with its `qa` list, sessions as `session_N` keys next to
 * `session_N_date_time` (some dates have no session). Other keys (observations,
 * summaries, events) are LLM-made digests and not part of what a memory would store.
 */
const RawConversation = Schema.Struct(
  { speaker_a: Schema.String, speaker_b: Schema.String, qa: Schema.Array(RawQuestion) },
  Schema.Record({ key: Schema.String, value: Schema.Unknown }),
)

export interface LocomoTurn {
  /** "D<session>:<turn>", the id evidence refers to. */
  readonly diaId: string
  readonly session: number
  readonly speaker: string
  readonly text: string
  /** BLIP caption of the photo shared with the turn, if any. */
  readonly imageCaption?: string
  /** The session's start, as written, and as epoch ms (UTC). */
  readonly sessionDate: string
  readonly sessionTime: number
  /** The turn as a memory document, see `renderTurn`. */
  readonly document: string
}

export interface LocomoQuestion {
  readonly question: string
  readonly answer?: string
  readonly evidence: ReadonlyArray<string>
  readonly category: Category
}

export interface Locomo {
  readonly speakers: readonly [string, string]
  readonly turns: ReadonlyArray<LocomoTurn>
  readonly questions: ReadonlyArray<LocomoQuestion>
}

/**
 * A turn as the memory document AICO would store: "<speaker>: <text>", plus
 * " [shares a photo of …]" with the BLIP caption when a photo was shared. The speaker is
 * kept because questions name people ("What did Caroline …") and a companion's memory
 * knows who said what; the caption because LoCoMo's evidence often is the photo (the text
 * only says "look at this"). Not the session date: AICO stores a memory's time as
 * metadata (`createdAt`, used by recency), and dates in the text add tokens that no
 * question's words match. Not the dataset's image `query` either: that is the search
 * string its authors used to fetch the photo, which a real system would never see.
 */
export const renderTurn = (turn: {
  readonly speaker: string
  readonly text: string
  readonly imageCaption?: string
}): string =>
  turn.imageCaption === undefined
    ? `${turn.speaker}: ${turn.text}`
    : `${turn.speaker}: ${turn.text} [shares ${turn.imageCaption}]`

const decodeConversation = Schema.decodeUnknownPromise(RawConversation)
const decodeTurns = Schema.decodeUnknownPromise(Schema.Array(RawTurn))
const decodeDate = Schema.decodeUnknownPromise(SessionDateTime)

/** Decodes an already-parsed LoCoMo conversation. */
export const decodeLocomo = async (json: unknown): Promise<Locomo> => {
  const conversation = await decodeConversation(json)
  const sessionNumbers = Object.keys(conversation)
    .flatMap((key) => /^session_(\d+)$/.exec(key)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b)
  const turns: Array<LocomoTurn> = []
  for (const session of sessionNumbers) {
    const sessionDate = conversation[`session_${session}_date_time`]
    const sessionTime = await decodeDate(sessionDate)
    for (const raw of await decodeTurns(conversation[`session_${session}`])) {
      const turn = {
        speaker: raw.speaker,
        text: raw.text,
        ...(raw.blip_caption === undefined ? {} : { imageCaption: raw.blip_caption }),
      }
      turns.push({
        diaId: raw.dia_id,
        session,
        ...turn,
        sessionDate: String(sessionDate),
        sessionTime,
        document: renderTurn(turn),
      })
    }
  }
  const questions = conversation.qa.map((qa): LocomoQuestion => ({
    question: qa.question,
    ...(qa.answer === undefined ? {} : { answer: String(qa.answer) }),
    // One item lists two ids in a single string ("D8:6; D9:17"); split it rather than
    // count an id no turn has. LoCoMo's own scorer compares the strings as they are.
    evidence: qa.evidence.flatMap((ids) =>
      ids
        .split(/[;,]/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    ),
    category: qa.category,
  }))
  return { speakers: [conversation.speaker_a, conversation.speaker_b], turns, questions }
}

/** Reads and decodes a LoCoMo conversation file such as `locomo-dev/conv-26.json`. */
export const loadLocomo = async (path: string): Promise<Locomo> =>
  decodeLocomo(JSON.parse(await readFile(path, "utf8")))

export interface RecallAt {
  /** Questions scored (those with evidence). */
  readonly evaluated: number
  /** Mean recall per k. */
  readonly recall: Readonly<Record<number, number>>
}

export interface RecallReport extends RecallAt {
  /** Questions left out because they list no evidence. */
  readonly skipped: number
  readonly byCategory: Readonly<Partial<Record<Category, RecallAt>>>
}

/**
 * Evidence recall@k, as LoCoMo's `eval_question_answering` computes `recall_acc` over
 * dialog ids: for each question, the share of its evidence turns among the top k
 * retrieved, averaged over questions. LoCoMo counts a question without evidence as recall
 * 1; here it is skipped (and counted in `skipped`) so it cannot inflate the figure.
 * `rank` answers dia ids, best first; it is called once per question, in order.
 */
export const evaluateRecall = async (
  questions: ReadonlyArray<LocomoQuestion>,
  rank: (question: LocomoQuestion) => Promise<ReadonlyArray<string>>,
  ks: ReadonlyArray<number> = [5, 10, 25],
): Promise<RecallReport> => {
  const scored: Array<{ readonly category: Category; readonly recall: ReadonlyArray<number> }> = []
  let skipped = 0
  for (const question of questions) {
    const evidence = new Set(question.evidence)
    if (evidence.size === 0) {
      skipped++
      continue
    }
    const ranked = await rank(question)
    const recall = ks.map((k) => {
      const top = new Set(ranked.slice(0, k))
      let found = 0
      for (const id of evidence) if (top.has(id)) found++
      return found / evidence.size
    })
    scored.push({ category: question.category, recall })
  }
  const summarise = (items: ReadonlyArray<(typeof scored)[number]>): RecallAt => ({
    evaluated: items.length,
    recall: Object.fromEntries(
      ks.map((k, i) => [
        k,
        items.length === 0
          ? 0
          : items.reduce((sum, item) => sum + item.recall[i]!, 0) / items.length,
      ]),
    ),
  })
  const byCategory: Partial<Record<Category, RecallAt>> = {}
  for (const category of [1, 2, 3, 4, 5] as const) {
    const items = scored.filter((item) => item.category === category)
    if (items.length > 0) byCategory[category] = summarise(items)
  }
  return { ...summarise(scored), skipped, byCategory }
}
