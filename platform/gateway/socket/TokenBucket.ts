/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. One per client
 * connection, so a flooding client is slowed down without touching the others.
 */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst
    this.updatedAt = now
  }

  /** Takes one token if there is one (at `now`, in ms). */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.updatedAt)
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.perSecond) / 1000)
    this.updatedAt = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
