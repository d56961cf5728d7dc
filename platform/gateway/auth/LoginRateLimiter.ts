/**
 * Login attempts per client address: at most `perMinute` in any 60 seconds (a sliding
 * window of attempt times). Memory stays bounded: an address keeps at most `perMinute`
 * times, and past `maxAddresses` the least recently seen addresses are forgotten.
 */
const windowMs = 60_000

export type Decision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }

export class LoginRateLimiter {
  private readonly attempts = new Map<string, Array<number>>()

  constructor(
    private readonly perMinute: number,
    private readonly maxAddresses = 10_000,
  ) {}

  /** Records an attempt from `address` at `now` (ms) if it is allowed. */
  attempt(address: string, now: number): Decision {
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < windowMs)
    // Re-inserted so the map's order is least recently seen first.
    this.attempts.delete(address)
    if (recent.length >= this.perMinute) {
      this.attempts.set(address, recent)
      const oldest = recent[0] ?? now
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
      }
    }
    recent.push(now)
    this.attempts.set(address, recent)
    this.forgetBeyondBound()
    return { allowed: true }
  }

  private forgetBeyondBound(): void {
    for (const address of this.attempts.keys()) {
      if (this.attempts.size <= this.maxAddresses) return
      this.attempts.delete(address)
    }
  }
}
