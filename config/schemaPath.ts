/**
 * Looking a key path up in the Config schema: what it expects there (for error messages),
 * which keys a section knows (for "unknown key" hints), and whether a field is text (so an
 * env value like `AICO_NODE__ID=007` stays the string "007" instead of becoming a number).
 */
import { Option, SchemaAST as AST } from "effect"
import type { KeyPath } from "./keyPath.js"

// Structure lives on the input side: refinements wrap their base type, and a section with
// defaults is a Transformation whose `from` lists the fields as a file spells them.
const structure = (ast: AST.AST): AST.AST => {
  switch (ast._tag) {
    case "Refinement":
    case "Transformation":
      return structure(ast.from)
    case "Suspend":
      return structure(ast.f())
    default:
      return ast
  }
}

const isIndex = (segment: PropertyKey): boolean =>
  typeof segment === "number" || (typeof segment === "string" && /^\d+$/.test(segment))

/** The schema for the value at `path`, or undefined when no such key exists. */
export const schemaAt = (root: AST.AST, path: KeyPath): AST.AST | undefined => {
  let current = root
  for (const segment of path) {
    const shape = structure(current)
    if (AST.isTypeLiteral(shape)) {
      const field = shape.propertySignatures.find((signature) => signature.name === segment)
      if (field === undefined) return undefined
      current = field.type
    } else if (AST.isTupleType(shape) && isIndex(segment) && shape.rest[0] !== undefined) {
      current = shape.rest[0].type
    } else {
      return undefined
    }
  }
  return current
}

/** What a value for `ast` should look like, e.g. "a positive integer". */
export const expectation = (ast: AST.AST): string => {
  const described = AST.getDescriptionAnnotation(ast)
  if (Option.isSome(described)) return described.value
  const shape = structure(ast)
  if (AST.isTypeLiteral(shape)) return "a mapping"
  if (AST.isTupleType(shape)) return "a list"
  return String(ast)
}

/** The keys a section accepts, or [] if `ast` is not a section. */
export const knownKeys = (ast: AST.AST): ReadonlyArray<string> => {
  const shape = structure(ast)
  return AST.isTypeLiteral(shape) ? shape.propertySignatures.map((s) => String(s.name)) : []
}

const isText = (ast: AST.AST): boolean => {
  switch (ast._tag) {
    case "StringKeyword":
    case "TemplateLiteral":
      return true
    case "Literal":
      return typeof ast.literal === "string"
    case "Union":
      return ast.types.every(isText)
    default:
      return false
  }
}

/** True when every value `ast` accepts as input is a string. */
export const acceptsOnlyText = (ast: AST.AST): boolean => isText(AST.encodedAST(ast))
