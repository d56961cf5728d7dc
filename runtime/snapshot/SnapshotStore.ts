/**
 * Where actors' persisted snapshots (`getPersistedSnapshot()`) live between restarts.
 * `FileSnapshotStore` keeps them as files; the data layer adds a PostgreSQL store.
 */
export interface SnapshotStore {
  save(address: string, snapshot: unknown): Promise<void>
  load(address: string): Promise<unknown>
  remove(address: string): Promise<void>
}
