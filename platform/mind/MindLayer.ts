/**
 * The services the companion's mind uses, on the data layer's stores: affect history,
 * goals and initiatives in PostgreSQL, novelty from semantic memory, consolidation over
 * working memory, semantic memory and the knowledge graph.
 */
import { Layer } from "effect"
import * as os from "node:os"
import * as AffectHistoryRepository from "../database/repositories/AffectHistoryRepository.js"
import * as GoalRepository from "../database/repositories/GoalRepository.js"
import * as InitiativeRepository from "../database/repositories/InitiativeRepository.js"
import * as KnowledgeGraphRepository from "../database/repositories/KnowledgeGraphRepository.js"
import * as MemoryConsolidation from "../memory/MemoryConsolidation.js"
import * as MemoryNoveltyProbe from "../memory/MemoryNoveltyProbe.js"

export const layer = Layer.mergeAll(
  AffectHistoryRepository.layer,
  GoalRepository.layer,
  InitiativeRepository.layer,
  MemoryNoveltyProbe.layer,
  MemoryConsolidation.layer.pipe(Layer.provide(KnowledgeGraphRepository.layer)),
)

/** Busy: the one-minute load average per core is above `maxLoadPerCore`. */
export const loadAbove = (maxLoadPerCore: number) => () =>
  (os.loadavg()[0] ?? 0) / Math.max(1, os.cpus().length) > maxLoadPerCore
