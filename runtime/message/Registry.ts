/**
 * The one place that maps a message type to its protobuf type and Effect Schema.
 * Registering the same type twice is a programming error and throws at start-up.
 */
import type { AnyMessageDefinition } from "./MessageDefinition.js"

export class Registry {
  private readonly byType = new Map<string, AnyMessageDefinition>()

  constructor(definitions: Iterable<AnyMessageDefinition> = []) {
    for (const definition of definitions) this.register(definition)
  }

  register(definition: AnyMessageDefinition): this {
    const existing = this.byType.get(definition.type)
    if (existing !== undefined && existing !== definition) {
      throw new Error(`message type "${definition.type}" is registered twice`)
    }
    this.byType.set(definition.type, definition)
    return this
  }

  get(type: string): AnyMessageDefinition | undefined {
    return this.byType.get(type)
  }

  has(type: string): boolean {
    return this.byType.has(type)
  }

  get definitions(): ReadonlyArray<AnyMessageDefinition> {
    return [...this.byType.values()]
  }
}
