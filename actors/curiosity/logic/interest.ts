/**
 * The companion's interest in topics: each mention raises a topic's interest by how novel
 * and how emotionally loaded it was; interest decays with a half-life so old topics fade.
 * The most interesting topics the companion knows least about become questions.
 */
export interface TopicInterest {
  readonly topic: string
  /** 0..1 after decay to `at`. */
  readonly interest: number
  /** How many times the user has talked about it (what memory already knows). */
  readonly mentions: number
  readonly at: number
}

export const decayed = (entry: TopicInterest, now: number, halfLifeMs: number): TopicInterest => ({
  ...entry,
  interest: entry.interest * Math.pow(0.5, Math.max(0, now - entry.at) / halfLifeMs),
  at: Math.max(entry.at, now),
})

/** Records a mention: interest rises toward 1 by novelty and salience, after decay. */
export const mention = (
  model: ReadonlyMap<string, TopicInterest>,
  topic: string,
  signals: { readonly novelty: number; readonly salience: number; readonly at: number },
  halfLifeMs: number,
): ReadonlyMap<string, TopicInterest> => {
  const previous = model.get(topic)
  const base =
    previous === undefined
      ? { topic, interest: 0, mentions: 0, at: signals.at }
      : decayed(previous, signals.at, halfLifeMs)
  const boost = Math.max(0, Math.min(1, 0.6 * signals.novelty + 0.4 * signals.salience))
  const next = new Map(model)
  next.set(topic, {
    topic,
    interest: base.interest + (1 - base.interest) * boost * 0.5,
    mentions: base.mentions + 1,
    at: signals.at,
  })
  return next
}

/**
 * Topics worth asking about at `now`: interest above `threshold`, known little (few
 * mentions), most interesting first.
 */
export const curiousAbout = (
  model: ReadonlyMap<string, TopicInterest>,
  now: number,
  halfLifeMs: number,
  options: {
    readonly threshold?: number
    readonly maxMentions?: number
    readonly limit?: number
  } = {},
): ReadonlyArray<TopicInterest> =>
  [...model.values()]
    .map((entry) => decayed(entry, now, halfLifeMs))
    .filter(
      (entry) =>
        entry.interest >= (options.threshold ?? 0.3) &&
        entry.mentions <= (options.maxMentions ?? 3),
    )
    .sort((a, b) => b.interest - a.interest || a.topic.localeCompare(b.topic))
    .slice(0, options.limit ?? 3)
