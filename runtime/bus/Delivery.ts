/**
 * What the bus hands to a local actor's mailbox, and what a mailbox looks like to the bus.
 */
import type { Envelope } from "../codec/Envelope.js"
import type { Message } from "../message/MessageDefinition.js"

export interface Delivery {
  readonly envelope: Envelope
  /** The encoded envelope, kept for the journal and dead letters. */
  readonly bytes: Uint8Array
  readonly message: Message
  /** How many times this message has crashed its actor so far. */
  attempts: number
}

export interface LocalRecipient {
  readonly address: string
  readonly capacity: number
  readonly isFull: boolean
  accepts(type: string): boolean
  /** Queues a delivery; false if the mailbox is full (unless `force`, used for journal replay). */
  deliver(delivery: Delivery, force?: boolean): boolean
}
