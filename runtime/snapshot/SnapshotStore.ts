/**
 * Where actors' persisted snapshots (`getPersistedSnapshot()`) live between restarts.
 * `FileSnapshotStore` keeps them as files; the data layer adds a PostgreSQL store.
 */
export interface SaveOptions {
  /**
   * The snapshot holds the effects of durable messages, which count as processed once it
   * is saved: a store that can choose (see `FileSnapshotStore`'s `sync`) puts it on the
   * disk before the save resolves.
   */
  readonly durable?: boolean
}

export interface SnapshotStore {
  save(address: string, snapshot: unknown, options?: SaveOptions): Promise<void>
  load(address: string): Promise<unknown>
  remove(address: string): Promise<void>
}
