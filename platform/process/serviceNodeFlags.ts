/**
 * The V8 flags AICO's service process runs with, on every path that starts it: `npm start`,
 * `npm run aico` and `npm run bench` (package.json), `aico start` (the shebang of
 * `bin/aico.mjs`), `aico start --detach` and the service unit (which run the launcher with
 * these flags).
 *
 * `--max-semi-space-size=32`: a young generation of twice V8's default size. Every message
 * the node handles allocates a few kilobytes that die young (most of it inside XState's
 * transition, about 6 KB per event), while the messages waiting in mailboxes live until
 * their actor takes them, so every young-generation collection copies them. Half as many
 * collections copy them half as often: with 4,000 notes in flight, the receiving node's CPU
 * per note fell from about 3.5 to 2.9 µs and tell throughput rose by about 15 %
 * (BENCHMARKS.md, seventh round). A larger size measured no better. The cost: at most 32 MB
 * more memory (two semi-spaces, 16 MB larger each), and only once load grows them.
 *
 * `--no-allocation-site-pretenuring`: V8 allocates objects straight into the old
 * generation at a site whose objects mostly survived a young collection. Sites on the
 * message path get that verdict while a node starts (XState's action arguments, say), and
 * then every message's objects at that site are born old and point at the message's young
 * objects (its event, payload and strings), which each young collection must then keep,
 * copy and promote, though nothing reachable holds them. In a node answering asks, about
 * 700 KB survived each young collection and each took 2–4 ms; without pretenuring, 1–3 KB
 * survived and each took under 1.5 ms (BENCHMARKS.md, ninth round).
 */
export const serviceNodeFlags: ReadonlyArray<string> = [
  "--max-semi-space-size=32",
  "--no-allocation-site-pretenuring",
]
