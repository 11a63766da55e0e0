// Service state on disk: one JSON snapshot per service under the state directory, written after changes
// (coalesced, so a burst of calls costs one write) and at close, restored at start. Each write goes to a
// temporary file renamed over the old one, so a crash mid-write never leaves half a snapshot behind.
//
// A snapshot written 50 ms after a change loses that change if the process is killed in between. A
// service whose answered writes must survive that (SQS: a message answered 200 is the caller's to rely on)
// also keeps a write-ahead journal: each change is appended to `<service>.journal.<generation>` with a
// sequence number before its answer is sent (one write() to the operating system, which keeps it when
// the process dies; not fsync'd, so a power loss may still lose the last ones). Taking a snapshot starts a
// new journal generation in the same tick, and the snapshot records the last sequence number it holds;
// once it is on disk the older generations are deleted. At start, the journal records after the
// snapshot's sequence number are replayed over it.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Journaled, Persistable } from './types';

export interface Persistence {
  /** Reads every snapshot and journal present (before the services are served). */
  load(): Promise<void>;
  /** Hands each service its loaded state, and journaled ones their appender; synchronous so no request can come in between. */
  restore(): void;
  /** A service (or, unnamed, any of them) changed: write it soon, once for a burst of changes. */
  markDirty(service?: string): void;
  /** Writes now if anything changed, and waits for writes in flight. */
  flush(): Promise<void>;
  /** Flushes, then closes the journals. */
  close(): Promise<void>;
}

/** How long changes are gathered before one write; short so a killed process loses little. */
const COALESCE_MS = 50;

function snapshotFile(stateDir: string, service: string): string {
  return join(stateDir, `${service}.json`);
}

/** A journaled service's snapshot names the last journal record it holds. */
interface JournaledSnapshot {
  journaledThrough: number;
  state: unknown;
}

interface JournalRecord {
  /** Sequence number, increasing across generations. */
  s: number;
  r: unknown;
}

function isJournaledSnapshot(value: unknown): value is JournaledSnapshot {
  return typeof value === 'object' && value !== null && typeof (value as JournaledSnapshot).journaledThrough === 'number' && 'state' in value;
}

/** Persistence that does nothing: state lives in memory only. */
export const inMemory: Persistence = {
  load: async () => undefined,
  restore: () => undefined,
  markDirty: () => undefined,
  flush: async () => undefined,
  close: async () => undefined,
};

/** One service's open journal: the generation being appended to and the last sequence number given. */
class Journal {
  private fd: number | undefined;
  sequence = 0;

  constructor(
    private readonly stateDir: string,
    private readonly service: string,
    public generation: number,
  ) {}

  static fileName(service: string, generation: number): string {
    return `${service}.journal.${generation}`;
  }

  open(): void {
    this.fd = openSync(join(this.stateDir, Journal.fileName(this.service, this.generation)), 'a');
  }

  /** Appends one record before the change is answered: a single synchronous write of one line. */
  append(record: unknown): void {
    if (this.fd === undefined) return;
    const line: JournalRecord = { s: ++this.sequence, r: record };
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  /** Starts the next generation (at a snapshot); returns the last sequence number the snapshot holds. */
  rotate(): number {
    this.close();
    this.generation++;
    this.open();
    return this.sequence;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** The generations of `service`'s journal present in `files`, oldest first. */
function journalGenerations(files: string[], service: string): number[] {
  const prefix = `${service}.journal.`;
  return files
    .filter((file) => file.startsWith(prefix) && /^\d+$/.test(file.slice(prefix.length)))
    .map((file) => Number(file.slice(prefix.length)))
    .sort((a, b) => a - b);
}

export function createPersistence(
  stateDir: string,
  services: () => Record<string, Persistable>,
  log: (line: string) => void = () => undefined,
): Persistence {
  const loaded = new Map<string, unknown>();
  const replayed = new Map<string, { records: unknown[]; through: number; lastSequence: number; lastGeneration: number }>();
  const journals = new Map<string, Journal>();
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
      // The snapshot and the journal's rotation happen in one tick: every record up to `through` is in
      // this snapshot, every later one in the new generation.
      const journal = journals.get(service);
      const state = persistable.snapshot();
      const content = journal ? ({ journaledThrough: journal.rotate(), state } satisfies JournaledSnapshot) : state;
      await writeFile(temporary, JSON.stringify(content));
      await rename(temporary, file);
      if (journal) await dropGenerationsBefore(service, journal.generation);
    }
  }

  async function dropGenerationsBefore(service: string, generation: number): Promise<void> {
    for (const old of journalGenerations(await readdir(stateDir), service)) {
      if (old < generation) await rm(join(stateDir, Journal.fileName(service, old)), { force: true });
    }
  }

  /** Writes are chained so two never interleave on the same temporary file. */
  function scheduleWrite(): Promise<void> {
    writing = writing
      .then(writeDirty)
      .catch((error: unknown) => log(`could not persist state to ${stateDir}: ${(error as Error).message}`));
    return writing;
  }

  async function loadJournal(service: string, files: string[], through: number): Promise<void> {
    const generations = journalGenerations(files, service);
    const records: unknown[] = [];
    let lastSequence = through;
    for (const generation of generations) {
      const file = join(stateDir, Journal.fileName(service, generation));
      const lines = (await readFile(file, 'utf8')).split('\n');
      for (const [index, line] of lines.entries()) {
        if (line === '') continue;
        let record: JournalRecord;
        try {
          record = JSON.parse(line) as JournalRecord;
        } catch (error) {
          // A line cut short by a crash mid-write can only be the last one; it was never answered.
          if (index === lines.length - 1 && generation === generations[generations.length - 1]) continue;
          throw new Error(`The journal ${file} is damaged at line ${index + 1} (${(error as Error).message}); fix or remove it`, { cause: error });
        }
        if (record.s > through) records.push(record.r);
        lastSequence = Math.max(lastSequence, record.s);
      }
    }
    replayed.set(service, { records, through, lastSequence, lastGeneration: generations[generations.length - 1] ?? 0 });
  }

  const markDirty = (service?: string): void => {
    if (service === undefined) allDirty = true;
    else dirty.add(service);
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void scheduleWrite();
    }, COALESCE_MS);
    // A pending write must not keep a finished process alive; close() flushes anyway.
    timer.unref();
  };

  const flush = async (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (allDirty || dirty.size > 0) await scheduleWrite();
    else await writing;
  };

  return {
    async load() {
      const files = await readdir(stateDir).catch(() => [] as string[]);
      for (const [service, persistable] of Object.entries(services())) {
        let text: string | undefined;
        try {
          text = await readFile(snapshotFile(stateDir, service), 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        let snapshot: unknown;
        if (text !== undefined) {
          try {
            snapshot = JSON.parse(text);
          } catch (error) {
            // Starting empty would silently drop the state; refuse and say which file is damaged.
            throw new Error(`The state file ${snapshotFile(stateDir, service)} is not valid JSON (${(error as Error).message}); fix or remove it`, { cause: error });
          }
        }
        const through = isJournaledSnapshot(snapshot) ? snapshot.journaledThrough : 0;
        if (isJournaledSnapshot(snapshot)) snapshot = snapshot.state;
        if (text !== undefined) loaded.set(service, snapshot);
        if (persistable.journal) await loadJournal(service, files, through);
      }
    },
    restore() {
      const restored: string[] = [];
      for (const [service, persistable] of Object.entries(services())) {
        const journal: Journaled | undefined = persistable.journal;
        const fromJournal = replayed.get(service);
        if (journal && fromJournal && fromJournal.records.length > 0) {
          persistable.restore(journal.replay(loaded.get(service), fromJournal.records));
          restored.push(`${service} (+${fromJournal.records.length} journaled changes)`);
          // Fold the replayed records into a snapshot soon, so the journal does not grow across restarts.
          markDirty(service);
        } else if (loaded.has(service)) {
          persistable.restore(loaded.get(service));
          restored.push(service);
        }
        if (journal) {
          const open = new Journal(stateDir, service, (fromJournal?.lastGeneration ?? 0) + 1);
          open.sequence = fromJournal?.lastSequence ?? 0;
          open.open();
          journals.set(service, open);
          journal.attach((record) => open.append(record));
        }
      }
      if (restored.length > 0) log(`restored ${restored.join(', ')} from ${stateDir}`);
      loaded.clear();
      replayed.clear();
    },
    markDirty,
    flush,
    async close() {
      await flush();
      // Left on disk: empty when the final snapshot holds everything, the records it misses when it failed.
      for (const journal of journals.values()) journal.close();
      journals.clear();
    },
  };
}
