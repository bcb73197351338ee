import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fault-injecting stand-in for the API, put between the app's proxy (`proxy-server.ts`) and
 * the reference API (`api-process.ts`): it passes requests on, or answers them in one of the
 * ways a misbehaving API does.
 */
export type Fault =
  /** Pass every request to the API. */
  | 'none'
  /** 200 with the JSON `null`. */
  | 'null'
  /** 200 with JSON of another shape: `{"status":"ok","data":{"items":[…]}}`. */
  | 'wrong-shape'
  /** 200 with a dataset whose outlets are all invalid. */
  | 'no-valid-outlet'
  /** Accepts the request and never answers. */
  | 'hang'
  /** Sends the headers and a few bytes, then one byte every half second. */
  | 'trickle'
  /** 200 with a body that streams past 50 MB, without a Content-Length. */
  | 'oversize'
  /** Sends the headers and part of the body, then drops the connection. */
  | 'reset'
  /** Every other request fails with 502; the others pass. */
  | 'flapping'
  /** 200 with the bytes of `body` (e.g. a file of the hostile corpus), as JSON. */
  | 'body';

export interface FaultUpstream {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  fault: Fault;
  /** What the `body` fault answers. */
  body: Buffer;
  /** Requests seen, by how they were answered. */
  seen: { fault: Fault; at: number }[];
  /** The most requests that were open at once. */
  mostOpen: () => number;
  close: () => Promise<void>;
}

const NOT_A_DATASET = JSON.stringify({ status: 'ok', data: { items: [{ id: 'ps-1' }] } });

function pass(api: URL, request: IncomingMessage, response: ServerResponse): void {
  const outgoing = httpRequest(
    {
      hostname: api.hostname,
      port: api.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, host: api.host },
      agent: false,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', () => response.destroy());
  response.on('close', () => outgoing.destroy());
  request.pipe(outgoing);
}

/** Starts the stand-in in front of the API at `apiOrigin`; `noValidOutlet` is served for that fault. */
export async function startFaultUpstream(
  apiOrigin: string,
  noValidOutlet: string,
): Promise<FaultUpstream> {
  const api = new URL(apiOrigin);
  const timers = new Set<ReturnType<typeof setInterval>>();
  let flip = false;
  const state: Pick<FaultUpstream, 'fault' | 'seen' | 'body'> = {
    fault: 'none',
    seen: [],
    body: Buffer.alloc(0),
  };

  let open = 0;
  let mostOpen = 0;
  const server = createServer((request, response) => {
    const fault = state.fault;
    state.seen.push({ fault, at: Date.now() });
    open += 1;
    mostOpen = Math.max(mostOpen, open);
    response.on('close', () => (open -= 1));
    const json = (body: string) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' });
      response.end(body);
    };
    switch (fault) {
      case 'none':
        return pass(api, request, response);
      case 'null':
        return json('null');
      case 'wrong-shape':
        return json(NOT_A_DATASET);
      case 'no-valid-outlet':
        return json(noValidOutlet);
      case 'hang':
        return; // The request stays open until the client gives up.
      case 'trickle': {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"meta":');
        const timer = setInterval(() => response.write(' '), 500);
        timers.add(timer);
        response.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'oversize': {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(256 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 60 * 1024 * 1024) {
            if (response.destroyed) return;
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', more);
          }
          response.end();
        };
        response.write('{"meta":');
        more();
        return;
      }
      case 'reset':
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"meta": {"title"');
        setImmediate(() => response.destroy());
        return;
      case 'body':
        response.writeHead(200, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-cache',
        });
        return void response.end(state.body);
      case 'flapping':
        flip = !flip;
        if (flip) {
          response.writeHead(502, { 'Content-Type': 'text/plain' });
          return void response.end('Bad Gateway (flapping)');
        }
        return pass(api, request, response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get fault() {
      return state.fault;
    },
    set fault(next: Fault) {
      state.fault = next;
    },
    get body() {
      return state.body;
    },
    set body(next: Buffer) {
      state.body = next;
    },
    seen: state.seen,
    mostOpen: () => mostOpen,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
