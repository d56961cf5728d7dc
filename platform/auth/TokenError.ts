/** Why a client token was refused. Messages are for logs; clients only learn "refused". */
import { Data } from "effect"

export class TokenRefused extends Data.TaggedError("TokenRefused")<{
  readonly reason:
    | "malformed"
    | "unsupported algorithm"
    | "bad signature"
    | "expired"
    | "not yet valid"
    | "wrong token type"
}> {
  override get message() {
    return `token refused: ${this.reason}`
  }
}
