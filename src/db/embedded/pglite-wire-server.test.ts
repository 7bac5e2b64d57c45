import { connect, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteWireServer } from './pglite-wire-server.js';

// Minimal wire-protocol client: lets a test stop between Parse and Bind,
// which no real driver exposes.
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const cstr = (s: string) => Buffer.from(`${s}\0`, 'utf8');
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

function startup(): Buffer {
  const body = Buffer.concat([
    int32(196608),
    cstr('user'),
    cstr('postgres'),
    cstr('database'),
    cstr('postgres'),
    cstr(''),
  ]);
  return Buffer.concat([int32(body.length + 4), body]);
}

class RawClient {
  private received = Buffer.alloc(0);
  private constructor(private readonly socket: Socket) {
    socket.on('data', (d) => {
      this.received = Buffer.concat([this.received, d]);
    });
  }
  static async open(port: number): Promise<RawClient> {
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const client = new RawClient(socket);
    socket.write(startup());
    await client.waitFor('Z');
    return client;
  }
  send(...parts: Buffer[]) {
    this.received = Buffer.alloc(0);
    this.socket.write(Buffer.concat(parts));
  }
  /** Waits until a message of `type` arrives; returns the text of all messages so far. */
  async waitFor(type: string, timeoutMs = 5000): Promise<string> {
    const started = Date.now();
    for (;;) {
      let offset = 0;
      while (offset + 5 <= this.received.length) {
        const t = String.fromCharCode(this.received[offset]!);
        const length = this.received.readInt32BE(offset + 1);
        if (t === type) return this.received.toString('latin1');
        offset += 1 + length;
      }
      if (Date.now() - started > timeoutMs) throw new Error(`no ${type} message`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  close() {
    this.socket.destroy();
  }
}

const parse = (sql: string) => message('P', Buffer.concat([cstr(''), cstr(sql), int16(0)]));
const bindExecuteSync = () =>
  Buffer.concat([
    message('B', Buffer.concat([cstr(''), cstr(''), int16(0), int16(0), int16(0)])),
    message('E', Buffer.concat([cstr(''), int32(0)])),
    message('S', Buffer.alloc(0)),
  ]);
const simpleQuery = (sql: string) => message('Q', cstr(sql));

async function interleave(port: number): Promise<string> {
  const a = await RawClient.open(port);
  const b = await RawClient.open(port);
  try {
    a.send(parse("SELECT 'from-a' AS who"));
    await new Promise((r) => setTimeout(r, 50));
    b.send(simpleQuery('SELECT 1'));
    await new Promise((r) => setTimeout(r, 50));
    a.send(bindExecuteSync());
    const answer = await a.waitFor('Z');
    await b.waitFor('Z');
    return answer;
  } finally {
    a.close();
    b.close();
  }
}

describe('PgliteWireServer', () => {
  let db: PGlite;
  let server: PgliteWireServer;
  beforeAll(async () => {
    db = new PGlite();
    server = new PgliteWireServer(db);
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it("keeps a client's Parse..Sync together when another client queries in between", async () => {
    const answer = await interleave(server.port);
    expect(answer).toContain('from-a');
    expect(answer).not.toContain('unnamed prepared statement does not exist');
  });

  it('runs concurrent transactions and statements from a pool correctly', async () => {
    const pool = new pg.Pool({ connectionString: server.url, max: 8 });
    await pool.query('CREATE TABLE counter (n int); INSERT INTO counter VALUES (0)');
    const work = Array.from({ length: 40 }, async (_, i) => {
      if (i % 2) return pool.query('SELECT $1::int AS v', [i]).then((r) => expect(r.rows[0].v).toBe(i));
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('UPDATE counter SET n = n + $1', [1]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    await Promise.all(work);
    expect((await pool.query('SELECT n FROM counter')).rows[0].n).toBe(20);
    await pool.end();
  });
});

describe('why we do not use PGLiteSocketServer as is', () => {
  it("its queue lets a simple query destroy another client's unnamed statement (pglite-socket 0.2)", async () => {
    const raw = new PGlite();
    const library = new PGLiteSocketServer({ db: raw, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await library.start();
    try {
      const port = Number(library.getServerConn().split(':').pop());
      const answer = await interleave(port);
      // If this starts failing, the library fixed it and src/db/embedded/session-queue.ts can go.
      expect(answer).toContain('unnamed prepared statement does not exist');
    } finally {
      await library.stop();
      await raw.close();
    }
  });
});
