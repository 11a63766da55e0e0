// dynalite reads a table's definition from its LevelDB, and parses it from JSON, on every item operation
// (PutItem, GetItem, Query, Scan, ...): in the endpoint's profile that is one of the three database round
// trips a PutItem makes. Item operations never change a definition, so they are served parsed definitions
// kept here; every write to dynalite's table store (CreateTable, UpdateTable, DeleteTable and their status
// changes) drops them all, and table operations themselves always read the store.
import type { DynaliteStore } from 'dynalite/db/index.js';
import type { Callback, Table } from 'dynalite/db/internals';

type GetTable = (name: string, checkStatus: boolean | Callback<Table>, callback?: Callback<Table>) => void;
type TableStore = Record<'put' | 'del' | 'batch', (...args: unknown[]) => void>;

/** Wraps `store.getTable` (and the writes of `store.tableDb`) in place; returns how to read the cache's size. */
export function cacheTableDefinitions(store: DynaliteStore): { size(): number } {
  const definitions = new Map<string, Table>();
  // Bumped when a write starts and when it completes: a read that overlapped a write is not kept.
  let generation = 0;
  const tableDb = store.tableDb as unknown as TableStore;
  for (const method of ['put', 'del', 'batch'] as const) {
    const write = tableDb[method].bind(tableDb);
    tableDb[method] = (...args: unknown[]) => {
      generation++;
      definitions.clear();
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (...results: unknown[]) => {
          generation++;
          definitions.clear();
          (callback as (...results: unknown[]) => void)(...results);
        };
      }
      write(...args);
    };
  }
  const read = (store.getTable as unknown as GetTable).bind(store);
  const getTable: GetTable = (name, checkStatus, callback) => {
    // dynalite's item operations pass their callback as checkStatus (only ACTIVE tables will do); table
    // operations pass false and a callback, and change what they read: those always read the store.
    if (typeof checkStatus !== 'function') return read(name, checkStatus, callback);
    const done = checkStatus;
    const kept = definitions.get(name);
    // Answered asynchronously, as the store answers, so callers see the same order of events.
    if (kept) return process.nextTick(done, null, kept);
    const started = generation;
    read(name, (error, table) => {
      if (!error && table && table.TableStatus === 'ACTIVE' && generation === started) definitions.set(name, table);
      done(error, table);
    });
  };
  (store as unknown as { getTable: GetTable }).getTable = getTable;
  return { size: () => definitions.size };
}
