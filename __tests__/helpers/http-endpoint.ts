import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** The raw body as sent (gzip when content-encoding says so). */
  raw: Buffer;
  /** The body decompressed. */
  body: Buffer;
  json(): unknown;
}

export type Responder = (
  request: ReceivedRequest,
  index: number,
) => { status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'destroy';

/** A real local HTTP server standing in for an app endpoint or the receiver; records every request. */
export class TestEndpoint {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;
  constructor(private responder: Responder = () => ({ status: 200, body: '{"ok":true}' })) {}

  respond(responder: Responder): void {
    this.responder = responder;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
    const request: ReceivedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      raw,
      body,
      json: () => JSON.parse(body.toString('utf8')),
    };
    this.requests.push(request);
    const answer = this.responder(request, this.requests.length - 1);
    if (answer === 'hang') return;
    if (answer === 'destroy') {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body ?? '');
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
