// Service state on disk: one JSON snapshot per service under the state directory, written after changes
// (coalesced, so a burst of calls costs one write) and at close, restored at start. Each write goes to a
// temporary file renamed over the old one, so a crash mid-write never leaves half a snapshot behind.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Persistable } from './types';

export interface Persistence {
  /** Reads every snapshot present (before the services are served). */
  load(): Promise<void>;
  /** Hands each service its loaded snapshot; synchronous so no request can come in between. */
  restore(): void;
  /** A service (or, unnamed, any of them) changed: write it soon, once for a burst of changes. */
  markDirty(service?: string): void;
  /** Writes now if anything changed, and waits for writes in flight. */
  flush(): Promise<void>;
}

/** How long changes are gathered before one write; short so a killed process loses little. */
const COALESCE_MS = 50;

function snapshotFile(stateDir: string, service: string): string {
  return join(stateDir, `${service}.json`);
}

/** Persistence that does nothing: state lives in memory only. */
export const inMemory: Persistence = {
  load: async () => undefined,
  restore: () => undefined,
  markDirty: () => undefined,
  flush: async () => undefined,
};

export function createPersistence(
  stateDir: string,
  services: () => Record<string, Persistable>,
  log: (line: string) => void = () => undefined,
): Persistence {
  const loaded = new Map<string, unknown>();
  /** Services changed since their last write; `true` once something unnamed changed (write them all). */
  let dirty = new Set<string>();
  let allDirty = false;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function writeDirty(): Promise<void> {
    const changed = dirty;
    const all = allDirty;
    dirty = new Set();
    allDirty = false;
    await mkdir(stateDir, { recursive: true });
    for (const [service, persistable] of Object.entries(services())) {
      if (!all && !changed.has(service)) continue;
      const file = snapshotFile(stateDir, service);
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(persistable.snapshot()));
      await rename(temporary, file);
    }
  }

  /** Writes are chained so two never interleave on the same temporary file. */
  function scheduleWrite(): Promise<void> {
    writing = writing
      .then(writeDirty)
      .catch((error: unknown) => log(`could not persist state to ${stateDir}: ${(error as Error).message}`));
    return writing;
  }

  return {
    async load() {
      for (const service of Object.keys(services())) {
        let text: string;
        try {
          text = await readFile(snapshotFile(stateDir, service), 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw error;
        }
        try {
          loaded.set(service, JSON.parse(text));
        } catch (error) {
          // Starting empty would silently drop the state; refuse and say which file is damaged.
          throw new Error(`The state file ${snapshotFile(stateDir, service)} is not valid JSON (${(error as Error).message}); fix or remove it`, { cause: error });
        }
      }
    },
    restore() {
      for (const [service, persistable] of Object.entries(services())) {
        if (loaded.has(service)) persistable.restore(loaded.get(service));
      }
      if (loaded.size > 0) log(`restored ${[...loaded.keys()].join(', ')} from ${stateDir}`);
      loaded.clear();
    },
    markDirty(service) {
      if (service === undefined) allDirty = true;
      else dirty.add(service);
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void scheduleWrite();
      }, COALESCE_MS);
      // A pending write must not keep a finished process alive; close() flushes anyway.
      timer.unref();
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      if (allDirty || dirty.size > 0) await scheduleWrite();
      else await writing;
    },
  };
}
