/** Progress of runs, for chat channels to stream ("Analysing 15 new messages..."). */
import { EventEmitter } from 'node:events';

export type ProgressEvent =
  | { type: 'progress'; runId: string; userId: string; message: string }
  | { type: 'notice'; userId: string; message: string }
  | { type: 'finished'; runId: string; userId: string; summary: string; status: string };

export class ProgressBus {
  private readonly emitter = new EventEmitter();

  emit(event: ProgressEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: ProgressEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
