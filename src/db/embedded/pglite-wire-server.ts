/**
 * Serves a PGlite database over the Postgres wire protocol on loopback, so the
 * `pg` driver, Prisma's adapter, the migration runner and the LangGraph
 * checkpointer reach it exactly as they reach a real server. Framing comes
 * from @electric-sql/pglite-socket's handler; scheduling is SessionQueue's.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { SessionQueue } from './session-queue.js';

export class PgliteWireServer {
  private server: Server | undefined;
  private readonly handlers = new Set<PGLiteSocketHandler>();
  private readonly queue: SessionQueue;
  port = 0;

  constructor(
    private readonly db: PGlite,
    private readonly options: { maxConnections: number } = { maxConnections: 64 },
  ) {
    this.queue = new SessionQueue(db);
  }

  async start(): Promise<void> {
    await this.db.waitReady;
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        if (address && typeof address === 'object') this.port = address.port;
        resolve();
      });
    });
  }

  get url(): string {
    return `postgresql://postgres:postgres@127.0.0.1:${this.port}/postgres?sslmode=disable`;
  }

  private accept(socket: Socket) {
    if (this.handlers.size >= this.options.maxConnections) {
      socket.end();
      return;
    }
    const handler = new PGLiteSocketHandler({
      queryQueue: this.queue as unknown as ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'],
      closeOnDetach: true,
    });
    this.handlers.add(handler);
    const forget = () => this.handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  }

  async stop(): Promise<void> {
    for (const handler of this.handlers) await handler.detach(true).catch(() => {});
    this.handlers.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
