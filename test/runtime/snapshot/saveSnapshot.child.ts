/**
 * Saves one snapshot with a FileSnapshotStore and then writes "saved" to stdout, so a
 * tracer can see which system calls the save made before it resolved.
 *   node --import tsx saveSnapshot.child.ts <directory> <sync: true|false> <durable: true|false>
 */
import { FileSnapshotStore } from "../../../runtime/snapshot/FileSnapshotStore.js"

const [directory, sync, durable] = process.argv.slice(2)
const flag = (value: string | undefined) => value === "true" || value === "false"
if (directory === undefined || !flag(sync) || !flag(durable))
  throw new Error(
    "usage: saveSnapshot.child.ts <directory> <sync: true|false> <durable: true|false>",
  )
const store = new FileSnapshotStore(directory, { sync: sync === "true" })
await store.save(
  "counter@a",
  { status: "active", context: { processed: 7 } },
  { durable: durable === "true" },
)
process.stdout.write("saved\n")
