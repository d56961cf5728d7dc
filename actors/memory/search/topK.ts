/** A scored id; higher scores rank first. */
export interface Scored<Id> {
  readonly id: Id
  readonly score: number
}

/**
 * The `limit` best of `items`, best first, with a bounded min-heap: a search over many
 * candidates must not sort them all to return ten. Equal scores keep the order in which
 * `before` puts them (an earlier-added document wins), so results are deterministic.
 */
export const topK = <T extends { readonly score: number }>(
  items: Iterable<T>,
  limit: number,
  before: (a: T, b: T) => boolean,
): Array<T> => {
  if (limit <= 0) return []
  // worse(a, b): a ranks below b.
  const worse = (a: T, b: T) => a.score < b.score || (a.score === b.score && before(b, a))
  const heap: Array<T> = []
  const siftUp = (start: number) => {
    let i = start
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!worse(heap[i]!, heap[parent]!)) break
      ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
      i = parent
    }
  }
  const siftDown = () => {
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right
      if (worst === i) return
      ;[heap[i], heap[worst]] = [heap[worst]!, heap[i]!]
      i = worst
    }
  }
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item)
      siftUp(heap.length - 1)
    } else if (worse(heap[0]!, item)) {
      heap[0] = item
      siftDown()
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
}
