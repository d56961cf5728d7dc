/** The folder holding package.json, where `npm run setup` puts .venv and .cache. */
import { fileURLToPath } from "node:url"

export const projectRoot = fileURLToPath(new URL("../", import.meta.url)).replace(/\/$/, "")
