// The local AWS endpoint: one node:http server on 127.0.0.1 that routes each request to an emulated
// service (see router.ts), persists their state when given a directory, and never lets a failing
// handler take the process down: the caller gets an AWS-shaped 500 instead.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { createAdmission, preflightHeaders, type Admission } from './admission';
import { resolveBehaviour, type BehaviourOptions } from './behaviour';
import { InjectedFault } from './faults';
import { createGate, type RequestGate } from './gate';
import { serviceErrorResponse } from './protocol/errors';
import { bodyLimit, CallerGone, checkBody, readBody } from './limits';
import { createPersistence, inMemory, type Persistence } from './persistence';
import { expectsJson, requestUrl, routeByHeaders, serviceFromVersion } from './router';
import { createServices, type ServiceRegistry } from './services';
import { ACCOUNT_ID, AwsError, type AwsRequest, type AwsResponse, type Backends, type EndpointSettings, type Persistable } from './types';

export interface EndpointOptions extends BehaviourOptions {
  /** TCP port on 127.0.0.1; 4566 by default, 0 for an ephemeral one. */
  port?: number;
  /** Directory for persisted state; in memory when absent. */
  stateDir?: string;
  /** Multiplies Wait states and similar delays (1 = real speed). */
  timeScale?: number;
  /** Receives notable events (state restored, handler failures); silent by default. */
  log?: (line: string) => void;
  /** Also log each request as it arrives (`<service> <operation>`), e.g. for the CLI's --verbose. */
  logRequests?: boolean;
  /**
   * Load Lambda, Step Functions and CloudFormation on the first request for one of them rather than
   * before listening: the endpoint answers sooner, but their backends (RunningEndpoint.backends.lambda
   * and .states) fail until then. Ignored with a state directory, whose state is restored at start.
   */
  deferServices?: boolean;
  /**
   * Browser origins (`https://app.example:8080`, or `*`) whose requests are let in and answered with CORS
   * headers; requests carrying any other Origin are refused (a web page must not drive the endpoint).
   */
  allowOrigins?: string[];
}

export interface RunningEndpoint {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  backends: Backends;
  /** Stops the services (runs in flight recorded as aborted), persists state, closes the port and dynalite. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4566;
/** How long close() lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 2000;
/** Dependants first, so nothing calls a service that has already stopped; dynalite last of all. */
const CLOSE_ORDER = ['cloudformation', 'states', 'lambda', 'sqs', 'iam', 'sts'];
const SERVED = ['dynamodb', 'sqs', 'lambda', 'states', 'cloudformation', 'iam', 'sts'];

export async function startEndpoint(options: EndpointOptions = {}): Promise<RunningEndpoint> {
  const log = options.log ?? (() => undefined);
  const stateDir = options.stateDir ? resolvePath(options.stateDir) : undefined;
  if (stateDir) await mkdir(stateDir, { recursive: true });

  let url = '';
  let persistence: Persistence = inMemory;
  const settings: EndpointSettings = {
    get url() {
      return url;
    },
    accountId: ACCOUNT_ID,
    timeScale: options.timeScale ?? 1,
    behaviour: resolveBehaviour(options, options.timeScale ?? 1),
    stateDir,
    log,
    markDirty: () => persistence.markDirty(),
  };

  const serviceSet = createServices(settings, (service) => persistence.markDirty(service));
  const { services, backends } = serviceSet;
  let closing: Promise<void> | undefined;
  const gate = createGate(settings.behaviour, backends, log);
  const server = createServer(
    createRequestListener(services, {
      log,
      logRequests: options.logRequests,
      isClosing: () => closing !== undefined,
      gate,
      admission: createAdmission({ allowOrigins: options.allowOrigins }),
    }),
  );
  // Long polls and slow invocations must not be cut by Node's default request timeouts.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  // SDK clients reuse idle connections with no timeout of their own; a server closing them after Node's
  // default 5 s races those reuses into "socket hang up" errors. close() drops idle ones at once anyway.
  server.keepAliveTimeout = 60_000;

  try {
    // Restoring state needs every service, so a state directory loads the deferred ones up front.
    if (!options.deferServices || stateDir) await serviceSet.loadDeferred();
    if (stateDir) {
      persistence = createPersistence(stateDir, () => persistablesOf(services), log);
      await persistence.load();
    }
    await listen(server, options.port ?? DEFAULT_PORT);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Synchronously after listening, so state is back before the first request is read.
    persistence.restore();
  } catch (error) {
    // Whatever started (workers, dynalite, the port) must not keep the process alive.
    server.close();
    await serviceSet.settled();
    await closeServices(services);
    throw error;
  }
  const port = (server.address() as AddressInfo).port;

  return {
    url,
    port,
    backends,
    close: () => (closing ??= serviceSet.settled().then(() => shutdown(server, services, persistence))),
  };
}

function persistablesOf(services: ServiceRegistry): Record<string, Persistable> {
  const out: Record<string, Persistable> = {};
  for (const [name, instance] of services) if (instance.persist) out[name] = instance.persist;
  return out;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function closeServices(services: ServiceRegistry): Promise<void> {
  for (const name of [...CLOSE_ORDER, 'dynamodb']) await services.get(name)?.close?.();
}

async function shutdown(server: Server, services: ServiceRegistry, persistence: Persistence): Promise<void> {
  const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Services first: SQS answers its long polls, Step Functions records runs as aborted.
  for (const name of CLOSE_ORDER) await services.get(name)?.close?.();
  server.closeIdleConnections();
  let grace: NodeJS.Timeout | undefined;
  await Promise.race([serverClosed, new Promise<void>((resolve) => (grace = setTimeout(resolve, CLOSE_GRACE_MS)))]);
  clearTimeout(grace);
  server.closeAllConnections();
  await serverClosed;
  await persistence.close();
  await services.get('dynamodb')?.close?.();
}

export interface ListenerOptions {
  log?: (line: string) => void;
  logRequests?: boolean;
  /** While the endpoint closes, responses ask clients to drop their keep-alive connections. */
  isClosing?: () => boolean;
  /** Checks made before a service sees a request (faults, authorisation); none when absent. */
  gate?: RequestGate;
  /** Who gets in (signed, loopback Host, no foreign Origin, the protocol's content type); everyone when absent. */
  admission?: Admission;
}

/** The server's request listener over a registry (exported so routing can be tested with stand-in services). */
export function createRequestListener(services: ServiceRegistry, options: ListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => void serve(services, req, res, options);
}

async function serve(services: ServiceRegistry, req: IncomingMessage, res: ServerResponse, options: ListenerOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  // Made only for an answer of ours: DynamoDB's raw path (dynalite) gives its answers ids of its own.
  let requestId: string | undefined;
  const url = requestUrl(req.url);
  const json = expectsJson(req.headers, url.pathname);
  let service: string | undefined;
  try {
    const route = routeByHeaders(req.headers, url);
    service = route.service;
    if (options.logRequests) log(`${route.service ?? '?'} ${route.target ?? `${req.method} ${url.pathname}`}`);
    if (options.admission) {
      const cors = options.admission.corsHeaders(req.headers);
      if (cors) for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
      if (options.admission.isAllowedPreflight(req.method ?? '', req.headers)) {
        res.writeHead(204, preflightHeaders(req.headers)).end();
        return;
      }
      options.admission.admit({ method: req.method ?? 'GET', url, headers: req.headers, service: route.service });
    }
    // Asked once: whether any check reads this request decides both the raw path and the gate's run below.
    const inspected = options.gate?.inspects(req.headers) === true;
    const raw = route.service && !inspected ? services.get(route.service)?.rawHandler : undefined;
    if (raw) return raw(req, res);

    // A caller that hangs up before its answer (a cancelled long poll) must not be waited on, or be
    // handed messages it will never see.
    const caller = new AbortController();
    res.once('close', () => {
      if (res.writableFinished) return;
      caller.abort();
      if (options.logRequests) log(`${route.service ?? '?'} ${route.target ?? url.pathname}: caller disconnected`);
    });
    const body = await readBody(req, bodyLimit(route.service, route.target, url.pathname));
    service = route.service ?? serviceFromVersion(formParams(req, body));
    const instance = service ? services.get(service) : undefined;
    if (!service || !instance) {
      const targetHeader = req.headers['x-amz-target'];
      const what = service
        ? `service '${service}'`
        : targetHeader
          ? `X-Amz-Target '${String(targetHeader)}'`
          : 'this request (no SigV4 scope, X-Amz-Target, Lambda path or query Version names a service)';
      throw new AwsError('UnknownService', `The local endpoint does not serve ${what}; it serves ${SERVED.join(', ')}`);
    }
    requestId = randomUUID();
    const request: AwsRequest = {
      service,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      target: route.target,
      region: route.region,
      accountId: ACCOUNT_ID,
      requestId,
      signal: caller.signal,
    };
    checkBody(request);
    if (inspected) await options.gate?.check(request);
    const response = await instance.handler.handle(request);
    send(res, response, requestId, options.isClosing?.());
  } catch (error) {
    if (error instanceof CallerGone) return;
    const awsError =
      error instanceof AwsError ? error : new AwsError('InternalFailure', `The local endpoint failed: ${(error as Error)?.message ?? String(error)}`, 500, 'Receiver');
    // Injected faults are logged by the check that made them; a stack here would read as a failure of ours.
    if (awsError.status >= 500 && !(error instanceof InjectedFault)) log(`${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`);
    requestId ??= randomUUID();
    send(res, serviceErrorResponse(service, awsError, requestId, json), requestId, options.isClosing?.());
  }
}

function formParams(req: IncomingMessage, body: Buffer): URLSearchParams {
  const params = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
  if ((req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params.set(k, v);
  }
  return params;
}

function send(res: ServerResponse, response: AwsResponse, requestId: string, closing = false): void {
  if (res.headersSent || res.destroyed) return;
  // Answers given while closing (long polls ended by close()) release their connection at once.
  if (closing) res.shouldKeepAlive = false;
  // A string body is handed over as it is: Node sends it with the head in one write, where a Buffer
  // made of it would go out as a second chunk (and be copied once more on the way).
  const { body } = response;
  res.writeHead(response.status, {
    'x-amzn-requestid': requestId,
    ...response.headers,
    'content-length': String(typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length),
  });
  res.end(body);
}
