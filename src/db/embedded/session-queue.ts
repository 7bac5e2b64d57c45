/**
 * Serialises the Postgres wire protocol of many client connections onto the
 * one session PGlite has. Messages are taken one at a time, but a client that
 * has started a unit of work keeps the session until it ends: an extended-
 * protocol batch (Parse/Bind/Describe/Execute...) until its Sync, and a
 * transaction until COMMIT or ROLLBACK. Without the first rule another
 * client's simple query between someone's Parse and Bind destroys the unnamed
 * prepared statement ("unnamed prepared statement does not exist"), which
 * @electric-sql/pglite-socket 0.2's own queue allows.
 */
import type { PGlite } from '@electric-sql/pglite';

interface Entry {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

export class SessionQueue {
  private readonly queue: Entry[] = [];
  private processing = false;
  /** The connection whose unit of work is in progress, if any. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const entry = this.queue[i]!;
      if (entry.handlerId !== handlerId) continue;
      this.queue.splice(i, 1);
      entry.reject(new Error('connection closed'));
    }
  }

  /** A connection went away: end its unit of work so others can go on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.process();
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((e) => e.handlerId === this.owner);
        // The owner's next message has not arrived yet: everyone else waits for it.
        if (index === -1) break;
        const entry = this.queue.splice(index, 1)[0]!;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(entry.message, {
              onRawData: (data) => {
                bytes += data.length;
                entry.onData(data);
              },
            }),
          );
        } catch (error) {
          this.owner = this.db.isInTransaction() ? entry.handlerId : null;
          entry.reject(error);
          continue;
        }
        this.owner = this.ownerAfter(entry);
        entry.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  private ownerAfter(entry: Entry): number | null {
    if (this.db.isInTransaction()) return entry.handlerId;
    const type = entry.message[0];
    // A startup packet starts with its length, not a type byte; it is a unit of its own.
    const isStartup = type === 0 && entry.message.length >= 8;
    if (isStartup || type === SYNC || type === QUERY || type === TERMINATE) return null;
    return entry.handlerId;
  }
}
