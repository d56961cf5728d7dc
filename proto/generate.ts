/**
 * Regenerates the static protobuf code in `proto/generated/` from the `.proto` files.
 * Run with `npm run proto` after changing a `.proto` file; a test checks the output is current.
 */
import { execFileSync } from "node:child_process"
import { readdirSync, statSync, writeFileSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const protoDir = fileURLToPath(new URL(".", import.meta.url))
const outDir = process.argv[2] ?? join(protoDir, "generated")

const protoFiles = (dir: string): Array<string> =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return name === "generated" ? [] : protoFiles(path)
      return name.endsWith(".proto") ? [relative(protoDir, path)] : []
    })

const bin = (name: string) => join(protoDir, "..", "node_modules", ".bin", name)
const js = join(outDir, "aico.js")
execFileSync(
  bin("pbjs"),
  [
    "-t",
    "static-module",
    "-w",
    "es6",
    "--es6",
    "--no-verify",
    "--no-delimited",
    "--no-service",
    "-o",
    js,
    ...protoFiles(protoDir),
  ],
  { cwd: protoDir, stdio: "inherit" },
)
// NodeNext ESM needs the file extension on the runtime import.
writeFileSync(
  js,
  readFileSync(js, "utf8").replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"'),
)
execFileSync(bin("pbts"), ["-o", join(outDir, "aico.d.ts"), js], { stdio: "inherit" })
