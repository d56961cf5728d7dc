/**
 * Turning a Schema decode failure of the merged configuration into issues that say which
 * source set the bad key, its dotted path, what was expected and what was found.
 */
import { Array as Arr, Option, ParseResult, type SchemaAST as AST } from "effect"
import type { ConfigIssue, ConfigIssues } from "./ConfigError.js"
import { formatKeyPath, valueAt } from "./keyPath.js"
import { originOf, type Layered } from "./layering.js"
import { expectation, knownKeys, schemaAt } from "./schemaPath.js"
import { show } from "./show.js"

const problemOf = (
  root: AST.AST,
  input: Layered,
  issue: ParseResult.ArrayFormatterIssue,
): string => {
  const target = schemaAt(root, issue.path)
  switch (issue._tag) {
    case "Unexpected": {
      const parent = schemaAt(root, issue.path.slice(0, -1))
      const keys = parent === undefined ? [] : knownKeys(parent)
      return keys.length === 0 ? "unknown key" : `unknown key; expected one of ${keys.join(", ")}`
    }
    case "Missing":
      return target === undefined ? issue.message : `missing; expected ${expectation(target)}`
    default: {
      const expected = target === undefined ? issue.message : `expected ${expectation(target)}`
      return `${expected}, got ${show(Option.getOrUndefined(valueAt(input.value, issue.path)))}`
    }
  }
}

/** One issue per offending key (a union reports each of its members at the same path). */
export const issuesFromParseError = (
  root: AST.AST,
  input: Layered,
  error: ParseResult.ParseError,
): ConfigIssues => {
  const seen = new Set<string>()
  const issues: Array<ConfigIssue> = []
  for (const formatted of ParseResult.ArrayFormatter.formatErrorSync(error)) {
    const issue: ConfigIssue = {
      source: originOf(input, formatted.path) ?? "defaults",
      path: formatKeyPath(formatted.path),
      problem: problemOf(root, input, formatted),
    }
    const key = `${issue.path}\u0000${issue.problem}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push(issue)
  }
  return Arr.isNonEmptyArray(issues)
    ? issues
    : [{ source: "configuration", path: "", problem: error.message }]
}
