/** AICO's version, from package.json, for `aico --version`. */
import { Either, Schema } from "effect"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { projectRoot } from "../projectRoot.js"

const PackageJson = Schema.parseJson(Schema.Struct({ version: Schema.String }))

export const packageVersion = (): string => {
  try {
    const text = readFileSync(join(projectRoot, "package.json"), "utf8")
    return Either.getOrElse(
      Either.map(Schema.decodeUnknownEither(PackageJson)(text), (pkg) => pkg.version),
      () => "unknown",
    )
  } catch {
    return "unknown"
  }
}
