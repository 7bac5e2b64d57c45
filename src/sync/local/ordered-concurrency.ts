/**
 * Runs async work a few at a time while keeping results in input order.
 * MailParser yields to the event loop between chunks; overlapping a few
 * messages keeps the CPU busy. In-flight input is capped in bytes too, so a
 * 30 MB message is parsed alone rather than next to three others.
 */
export interface OrderedWindow<T> {
  /** Starts `work`; resolves with finished results (in order) that had to be awaited to make room. */
  push(work: () => Promise<T>, bytes: number): Promise<T[]>;
  /** Waits for everything still running, in order. */
  drain(): Promise<T[]>;
}

export function orderedWindow<T>(options: { maxConcurrent: number; maxBytes: number }): OrderedWindow<T> {
  const running: Array<{ promise: Promise<T>; bytes: number }> = [];
  let bytesInFlight = 0;

  const shift = async (): Promise<T> => {
    const head = running.shift()!;
    bytesInFlight -= head.bytes;
    return head.promise;
  };

  return {
    async push(work, bytes) {
      const done: T[] = [];
      while (
        running.length > 0 &&
        (running.length >= options.maxConcurrent || bytesInFlight + bytes > options.maxBytes)
      ) {
        done.push(await shift());
      }
      const promise = work();
      // Rejections surface when the result is awaited; never as unhandled.
      promise.catch(() => {});
      running.push({ promise, bytes });
      bytesInFlight += bytes;
      return done;
    },
    async drain() {
      const done: T[] = [];
      while (running.length > 0) done.push(await shift());
      return done;
    },
  };
}
