/**
 * A bounded set that remembers at least the last `generation` ids added (and at most twice
 * that): ids fill one Set, which becomes the previous generation once full. Nothing is ever
 * deleted, so the Sets are never rehashed for their holes, and forgetting a whole
 * generation at once costs one dropped reference.
 */
export class RecentIds {
  private current = new Set<string>()
  private previous = new Set<string>()

  constructor(private readonly generation: number) {}

  add(id: string): void {
    if (this.current.size >= this.generation) {
      this.previous = this.current
      this.current = new Set()
    }
    this.current.add(id)
  }

  has(id: string): boolean {
    return this.current.has(id) || this.previous.has(id)
  }
}
