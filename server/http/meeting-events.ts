import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Notifications } from '../db/database';

export interface MeetingEvent {
  type: 'changed';
  by: string;
}

const CHANNEL = 'onrecord_meeting_events';

/**
 * Pub/sub for live meeting pages. An event says only "this meeting changed" and who changed it
 * (never any content); the page refetches through the normal, authorised route.
 *
 * Within a process, events go through an EventEmitter. With PostgreSQL, every event is also sent
 * with NOTIFY and every process LISTENs, so a browser connected to one process hears about a change
 * made through another; a process ignores its own messages (it delivered them already). SQLite is
 * one process, so it needs nothing more.
 */
export class MeetingEventHub {
  private readonly emitter = new EventEmitter();
  private readonly origin = randomUUID();
  private stopListening: (() => Promise<void>) | null = null;

  constructor(
    private readonly notifications?: Notifications,
    private readonly onError: (e: unknown) => void = () => {},
  ) {
    this.emitter.setMaxListeners(0);
  }

  /** Starts hearing the other processes' events (PostgreSQL); nothing to do on SQLite. */
  async start(): Promise<void> {
    if (!this.notifications) return;
    this.stopListening = await this.notifications.listen(CHANNEL, (payload) => this.receive(payload), this.onError);
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  publish(meetingId: string, event: MeetingEvent): void {
    this.emitter.emit(meetingId, event);
    if (this.notifications)
      this.notifications.notify(CHANNEL, JSON.stringify({ o: this.origin, m: meetingId, b: event.by })).catch(this.onError);
  }

  subscribe(meetingId: string, listener: (event: MeetingEvent) => void): () => void {
    this.emitter.on(meetingId, listener);
    return () => this.emitter.off(meetingId, listener);
  }

  listenerCount(meetingId: string): number {
    return this.emitter.listenerCount(meetingId);
  }

  private receive(payload: string) {
    let message: { o?: unknown; m?: unknown; b?: unknown };
    try {
      message = JSON.parse(payload);
    } catch {
      return;
    }
    if (message.o === this.origin || typeof message.m !== 'string' || typeof message.b !== 'string') return;
    this.emitter.emit(message.m, { type: 'changed', by: message.b });
  }
}
