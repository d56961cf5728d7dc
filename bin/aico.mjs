#!/usr/bin/env -S node --max-semi-space-size=32 --no-allocation-site-pretenuring
// The `aico` command (package.json "bin"): runs the TypeScript CLI in this process through
// tsx's loader, so it works from any directory, through npm link, and signals reach it
// directly (no wrapper process between the shell and AICO).
import { fileURLToPath, URL } from "node:url"
import { register } from "tsx/esm/api"

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) })
await import("../platform/cli/aico.ts")
