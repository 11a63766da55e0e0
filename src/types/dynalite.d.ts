// Ambient types for dynalite (plain CommonJS, ships none): only what the endpoint uses.
declare module 'dynalite' {
  import type { Server } from 'node:http';

  export interface DynaliteOptions {
    /** LevelDB directory; in memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
    verbose?: boolean;
    debug?: boolean;
  }

  /** An http.Server whose 'request' listener is dynalite's DynamoDB wire handler (it is never made to listen here). */
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module 'dynalite/db/index.js' {
  import type { DynaliteOptions } from 'dynalite';

  /** dynalite's storage: the LevelDB handle is what has to be closed to release the on-disk lock. */
  export interface DynaliteStore {
    db: { close(callback: (error?: Error | null) => void): void };
    /** Where dynalite keeps the account and region it writes into table ARNs (read from the environment). */
    tableDb: { awsAccountId: string; awsRegion: string };
  }

  const db: { create(options: DynaliteOptions): DynaliteStore };
  export default db;
}
