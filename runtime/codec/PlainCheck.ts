/**
 * A quick yes for payloads whose Schema has nothing to transform. Most message Schemas are
 * structs of strings, numbers, booleans, literals and arrays with refinements; for those,
 * decoding and encoding only validate, and give back a copy of the input. Running Effect's
 * parser for that cost a receiving node a tenth of its time per message, so the codec first
 * asks this check, compiled once per Schema from its AST:
 *
 * - `true` means the Schema's decode (or encode) accepts the value and returns a value equal
 *   to it, so the value itself can be used;
 * - `false` means "not sure": the codec runs the Schema, which says what is wrong, or
 *   accepts what the check is too strict for (a missing key the type allows to be
 *   undefined, an undeclared key the Schema would drop).
 *
 * Refinements run the Schema's own filters, so bounds, lengths and patterns are the
 * Schema's. Schemas with transformations, declarations (classes, dates), index signatures,
 * suspensions or enums get no check at all.
 */
import { Option, SchemaAST as AST } from "effect"

export type PlainCheck = (value: unknown) => boolean

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const struct = (ast: AST.TypeLiteral): PlainCheck | undefined => {
  if (ast.indexSignatures.length > 0) return undefined
  const properties: Array<{ name: string; optional: boolean; check: PlainCheck }> = []
  for (const signature of ast.propertySignatures) {
    if (typeof signature.name !== "string") return undefined
    const check = compilePlainCheck(signature.type)
    if (check === undefined) return undefined
    properties.push({ name: signature.name, optional: signature.isOptional, check })
  }
  const declared = new Set(properties.map((p) => p.name))
  return (value) => {
    if (!isPlainRecord(value)) return false
    // An undeclared key would be dropped by the Schema: the value is then not its result.
    for (const key in value) if (!declared.has(key)) return false
    for (const { name, optional, check } of properties) {
      if (!Object.hasOwn(value, name)) {
        if (optional) continue
        return false
      }
      if (!check(value[name])) return false
    }
    return true
  }
}

/** The check for a Schema's AST, or undefined when only the Schema itself can tell. */
export const compilePlainCheck = (ast: AST.AST): PlainCheck | undefined => {
  switch (ast._tag) {
    case "StringKeyword":
      return (value) => typeof value === "string"
    case "NumberKeyword":
      return (value) => typeof value === "number"
    case "BooleanKeyword":
      return (value) => typeof value === "boolean"
    case "UndefinedKeyword":
      return (value) => value === undefined
    case "Literal": {
      const literal = ast.literal
      return (value) => value === literal
    }
    case "Refinement": {
      const from = compilePlainCheck(ast.from)
      if (from === undefined) return undefined
      return (value) => from(value) && Option.isNone(ast.filter(value, AST.defaultParseOption, ast))
    }
    case "Union": {
      const members: Array<PlainCheck> = []
      for (const member of ast.types) {
        const check = compilePlainCheck(member)
        if (check === undefined) return undefined
        members.push(check)
      }
      return (value) => members.some((check) => check(value))
    }
    case "TupleType": {
      // Only plain arrays (`Schema.Array`): no fixed elements, one rest type.
      if (ast.elements.length > 0 || ast.rest.length !== 1) return undefined
      const element = compilePlainCheck(ast.rest[0]!.type)
      if (element === undefined) return undefined
      return (value) => {
        if (!Array.isArray(value)) return false
        // By index, not `every`: a hole is an undefined element to the Schema.
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false
        return true
      }
    }
    case "TypeLiteral":
      return struct(ast)
    default:
      return undefined
  }
}
