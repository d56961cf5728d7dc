/**
 * Why the bus could not deliver a message. Answered to asks as `system.failure`, so they
 * are Schema-tagged errors.
 */
import { Schema } from "effect"

export class UnknownRecipient extends Schema.TaggedError<UnknownRecipient>()("UnknownRecipient", {
  address: Schema.String,
}) {
  override get message() {
    return `no actor at ${this.address}`
  }
}

export class UnknownNode extends Schema.TaggedError<UnknownNode>()("UnknownNode", {
  node: Schema.String,
}) {
  override get message() {
    return `no route to node "${this.node}"`
  }
}

export class MailboxFull extends Schema.TaggedError<MailboxFull>()("MailboxFull", {
  address: Schema.String,
  capacity: Schema.Number,
}) {
  override get message() {
    return `mailbox of ${this.address} is full (${this.capacity} messages)`
  }
}

export class NotAccepted extends Schema.TaggedError<NotAccepted>()("NotAccepted", {
  address: Schema.String,
  type: Schema.String,
}) {
  override get message() {
    return `${this.address} does not accept "${this.type}"`
  }
}

export class AskTimeout extends Schema.TaggedError<AskTimeout>()("AskTimeout", {
  to: Schema.String,
  type: Schema.String,
  timeoutMs: Schema.Number,
}) {
  override get message() {
    return `no reply from ${this.to} to "${this.type}" within ${this.timeoutMs} ms`
  }
}

export class BusClosed extends Schema.TaggedError<BusClosed>()("BusClosed", {
  node: Schema.String,
}) {
  override get message() {
    return `node ${this.node} is shutting down and takes no new messages`
  }
}

/** A failure reported by the remote side of an ask. */
export class RemoteFailure extends Schema.TaggedError<RemoteFailure>()("RemoteFailure", {
  from: Schema.String,
  tag: Schema.String,
  reason: Schema.String,
}) {
  override get message() {
    return `${this.from} answered ${this.tag}: ${this.reason}`
  }
}

export class PermissionDenied extends Schema.TaggedError<PermissionDenied>()("PermissionDenied", {
  principal: Schema.String,
  action: Schema.Literal("publish", "subscribe"),
  topic: Schema.String,
}) {
  override get message() {
    return `${this.principal} may not ${this.action} ${this.action === "publish" ? "on" : "to"} ${this.topic}: no grant covers it`
  }
}

export type DeliveryError = UnknownRecipient | UnknownNode | MailboxFull | NotAccepted | BusClosed
