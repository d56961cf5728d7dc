/**
 * Reasons to speak first, each a trigger with a time from which it may fire and a time
 * after which it no longer makes sense: a check-in the day after a sad conversation, a
 * goal coming due, a question the curiosity engine has, a long silence. Also: reading the
 * user's answer to an initiative (a reply, or being told to stop).
 */
export const InitiativeKinds = ["check_in", "goal_due", "curiosity", "long_silence"] as const
export type InitiativeKind = (typeof InitiativeKinds)[number]

export interface Trigger {
  readonly id: string
  readonly kind: InitiativeKind
  /** What it is about (a conversation, a goal, a question), to replace or drop it later. */
  readonly ref: string
  readonly notBefore: number
  readonly expiresAt: number
  readonly text: string
  readonly userId: string
}

const hour = 60 * 60 * 1000
const day = 24 * hour

/** A conversation that leaves the user sad: check in the next day. */
export const isSad = (turn: {
  readonly sentiment: string
  readonly sentimentScore: number
  readonly emotion: string
  readonly emotionScore: number
}) =>
  (turn.sentiment === "negative" && turn.sentimentScore >= 0.6) ||
  (["sadness", "grief", "fear"].includes(turn.emotion) && turn.emotionScore >= 0.5)

export const checkIn = (conversationId: string, userId: string, at: number): Trigger => ({
  id: `check_in:${conversationId}`,
  kind: "check_in",
  ref: conversationId,
  notBefore: at + 12 * hour,
  expiresAt: at + 3 * day,
  text: "I've been thinking about what you told me yesterday. How are you feeling today?",
  userId,
})

export const goalDue = (
  goal: {
    readonly goalId: string
    readonly title: string
    readonly dueAt: number
    readonly userId: string
  },
  now: number,
): Trigger => ({
  id: `goal_due:${goal.goalId}`,
  kind: "goal_due",
  ref: goal.goalId,
  notBefore: Math.max(now, goal.dueAt - day),
  expiresAt: goal.dueAt + day,
  text: `Your goal "${goal.title}" is due soon. How is it going? Anything I can help with?`,
  userId: goal.userId,
})

export const curiosity = (
  question: { readonly questionId: string; readonly text: string; readonly userId: string },
  now: number,
): Trigger => ({
  id: `curiosity:${question.questionId}`,
  kind: "curiosity",
  ref: question.questionId,
  notBefore: now,
  expiresAt: now + 2 * day,
  text: question.text,
  userId: question.userId,
})

export const silenceAfter = 3 * day

export const longSilence = (lastUserAt: number, userId: string): Trigger => ({
  id: `long_silence:${lastUserAt}`,
  kind: "long_silence",
  ref: String(lastUserAt),
  notBefore: lastUserAt + silenceAfter,
  expiresAt: lastUserAt + silenceAfter + 2 * day,
  text: "It's been a few days. How have you been?",
  userId,
})

/** How long after an initiative a user turn still counts as the answer to it. */
export const replyWindowMs = 12 * hour

const stopPhrases = [
  /\b(?:stop|quit|don'?t|do not|no more)\b.{0,30}\b(?:messag|check(?:ing)? in|text|notif|ping|ask(?:ing)? me|writ)/i,
  /\bleave me alone\b/i,
  /\bnot now,? (?:please )?stop\b/i,
]

/** Whether the user's answer asks the companion to stop doing this. */
export const toldToStop = (text: string) => stopPhrases.some((phrase) => phrase.test(text))

/** The triggers that may fire at `now` (due, not expired), oldest first. */
export const due = (triggers: ReadonlyArray<Trigger>, now: number) =>
  triggers
    .filter((trigger) => trigger.notBefore <= now && now < trigger.expiresAt)
    .sort((a, b) => a.notBefore - b.notBefore || a.id.localeCompare(b.id))
