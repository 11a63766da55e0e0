// DynamoDB is dynalite, in-process: its request listener serves the endpoint's port directly (dynalite's
// own server never listens), in memory or on disk under <stateDir>/dynamodb.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import dynalite from 'dynalite';
import dynaliteDb, { type DynaliteStore } from 'dynalite/db/index.js';
import type { DynamoDbBackend, EndpointSettings, RawHandler, ServiceInstance } from '../../types';
import { callListener, errorFromBody, SIGNED_HEADERS } from './in-process';

/**
 * Creates dynalite and keeps hold of its store. dynalite closes its LevelDB only from its server's
 * close(), which fails before reaching the database when the server never listened; an on-disk store
 * left open keeps its lock, so a restart in the same process could not reopen it. Capturing the store
 * as dynalite creates it lets close() release it.
 */
function createDynalite(path: string | undefined): { listener: RawHandler; store: DynaliteStore } {
  const create = dynaliteDb.create;
  let store: DynaliteStore | undefined;
  dynaliteDb.create = (options) => (store = create(options));
  try {
    // Tables become ACTIVE at once: CloudFormation and the SDK waiters need no artificial delay.
    const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(path ? { path } : {}) });
    const listener = server.listeners('request')[0] as RawHandler | undefined;
    if (!listener || !store) throw new Error('dynalite did not expose its request listener and store');
    return { listener, store };
  } finally {
    dynaliteDb.create = create;
  }
}

/**
 * dynalite rethrows a request stream's 'error' (a client hanging up mid-body), which would take the whole
 * endpoint down. It reads the body through a stand-in stream instead, which simply ends if the client goes.
 * Unsigned callers (routed here by X-Amz-Target) get the SigV4-shaped headers dynalite insists on, since
 * the endpoint checks no signatures.
 */
function shielded(listener: RawHandler): RawHandler {
  return (req, res) => {
    const signed = req.headers.authorization !== undefined || (req.url ?? '').includes('X-Amz-Algorithm=');
    const headers = signed ? req.headers : { ...SIGNED_HEADERS, ...req.headers };
    const body = Object.assign(new PassThrough(), { method: req.method, url: req.url, headers });
    req.on('error', () => body.end());
    req.pipe(body);
    listener(body as unknown as IncomingMessage, res);
  };
}

export function createDynamoDbService(settings: EndpointSettings): ServiceInstance<DynamoDbBackend> {
  let path: string | undefined;
  if (settings.stateDir) {
    path = join(settings.stateDir, 'dynamodb');
    mkdirSync(path, { recursive: true });
  }
  const { listener, store } = createDynalite(path);

  const backend: DynamoDbBackend = {
    // dynalite keeps one namespace for all regions, as a single-region emulator.
    async call(operation, input) {
      const response = await callListener(listener, operation, JSON.stringify(input));
      if (response.status !== 200) throw errorFromBody(response.status, response.body);
      return JSON.parse(response.body) as Record<string, unknown>;
    },
  };

  return {
    rawHandler: shielded(listener),
    // Used only by callers holding an already-read request: replays it through the same listener.
    handler: {
      service: 'dynamodb',
      async handle(request) {
        const response = await callListener(listener, request.target ?? '', request.body.toString('utf8'));
        return { status: response.status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: response.body };
      },
    },
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => store.db.close((error) => (error ? reject(error) : resolve()))),
  };
}
