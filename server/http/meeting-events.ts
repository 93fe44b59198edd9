import { EventEmitter } from 'node:events';

/**
 * In-process pub/sub for live meeting pages. An event says only "this meeting changed" (never any
 * content), and the page refetches through the normal, authorised route.
 *
 * Known limit: with several app processes, an event reaches only the browsers connected to the
 * process that made the change. Scaling out needs PostgreSQL LISTEN/NOTIFY behind this interface
 * (see docs/ARCHITECTURE.md).
 */
export class MeetingEventHub {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(meetingId: string, event: { type: 'changed'; by: string }): void {
    this.emitter.emit(meetingId, event);
  }

  subscribe(meetingId: string, listener: (event: { type: 'changed'; by: string }) => void): () => void {
    this.emitter.on(meetingId, listener);
    return () => this.emitter.off(meetingId, listener);
  }

  listenerCount(meetingId: string): number {
    return this.emitter.listenerCount(meetingId);
  }
}
