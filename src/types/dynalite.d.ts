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
  import type { DynaliteError, Store, Table } from 'dynalite/db/internals';

  /** dynalite's storage: the LevelDB handle is what has to be closed to release the on-disk lock. */
  export interface DynaliteStore extends Store {
    db: { close(callback: (error?: Error | null) => void): void };
    /** Where dynalite keeps the account and region it writes into table ARNs (read from the environment). */
    tableDb: { awsAccountId: string; awsRegion: string };
  }

  const db: {
    create(options: DynaliteOptions): DynaliteStore;
    validateKey(key: unknown, table: Table): DynaliteError | null | undefined;
    createKey(itemOrKey: unknown, table: Table): string;
    /** The error a failed ConditionExpression gives, or null/undefined when it holds. */
    checkConditional(data: Record<string, unknown>, existingItem: Record<string, unknown> | undefined): DynaliteError | null | undefined;
  };
  export default db;
}

// dynalite's internals, used to run TransactWriteItems (which dynalite lacks) from its own parts:
// the same validation, condition checks and single-item writes its wire operations use.
declare module 'dynalite/db/internals' {
  /** A dynalite error: statusCode and the JSON body the wire would carry. */
  export interface DynaliteError extends Error {
    statusCode?: number;
    body?: { __type: string; message?: string; Message?: string };
  }
  export type Callback<T> = (error: DynaliteError | null | undefined, value?: T) => void;
  export interface Table {
    TableName: string;
    TableStatus?: string;
    KeySchema: { AttributeName: string; KeyType: string }[];
  }
  export interface ItemDb {
    get(key: string, callback: Callback<Record<string, unknown>>): void;
  }
  export interface Store {
    getTable(name: string, callback: Callback<Table>): void;
    getItemDb(name: string): ItemDb;
  }
  export interface Validation {
    types: Record<string, unknown>;
    custom?: (data: Record<string, unknown>, store: Store) => unknown;
  }
  export type Action = (store: Store, data: Record<string, unknown>, callback: Callback<Record<string, unknown>>) => void;
}

declare module 'dynalite/validations/index.js' {
  import type { Store } from 'dynalite/db/internals';
  const validations: {
    /** Returns the input reduced to the operation's members; throws a DynaliteError on a wrong type. */
    checkTypes(data: Record<string, unknown>, types: Record<string, unknown>): Record<string, unknown>;
    /** Throws a DynaliteError on invalid input; parses expressions into the data (`_condition`, …). */
    checkValidations(data: Record<string, unknown>, types: Record<string, unknown>, custom: unknown, store: Store): void;
  };
  export default validations;
}

declare module 'dynalite/validations/putItem.js' {
  import type { Validation } from 'dynalite/db/internals';
  const validation: Validation;
  export = validation;
}
declare module 'dynalite/validations/updateItem.js' {
  import type { Validation } from 'dynalite/db/internals';
  const validation: Validation;
  export = validation;
}
declare module 'dynalite/validations/deleteItem.js' {
  import type { Validation } from 'dynalite/db/internals';
  const validation: Validation;
  export = validation;
}
declare module 'dynalite/actions/putItem.js' {
  import type { Action } from 'dynalite/db/internals';
  const action: Action;
  export = action;
}
declare module 'dynalite/actions/updateItem.js' {
  import type { Action } from 'dynalite/db/internals';
  const action: Action;
  export = action;
}
declare module 'dynalite/actions/deleteItem.js' {
  import type { Action } from 'dynalite/db/internals';
  const action: Action;
  export = action;
}
