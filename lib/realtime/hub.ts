/**
 * In-process fan-out of workshop state, driven by PostgreSQL LISTEN/NOTIFY so several app instances
 * serve one workshop correctly.
 *
 * - ONE dedicated pg.Client per hub (not from the pool: a pooled connection would lose its LISTEN when
 *   returned), reconnecting with exponential backoff. After a reconnect every watched workshop is
 *   reloaded, because notifications sent while disconnected are lost.
 * - A notice {workshopId, seq} makes the hub load the state ONCE for all local subscribers of that
 *   workshop (concurrent notices coalesce into at most one more load), serialise it ONCE, and write
 *   the same frame to every subscriber. 200 participants cost one load per change, not 200.
 * - States are published in seq order only; a subscriber never receives an older seq than it has.
 * - Loads per workshop start at most every `minIntervalMs` (default 0): during a burst of 200 votes
 *   screens update ~10 times a second instead of 200, while a change after a quiet moment (a reveal,
 *   the next question) is loaded at once.
 */
import pg from "pg";
import { decodeNotice, WORKSHOP_CHANNEL } from "./channel";

/** A loaded state, already serialised as an SSE frame (and encoded once, shared by every stream). */
export type TLoadedState = Readonly<{ seq: number; frame: string; bytes: Uint8Array }>;
export type TStateLoader = (workshopId: string) => Promise<TLoadedState | null>;
type TSubscriber = { deliver: (state: TLoadedState) => void; lastSeq: number };
type TLog = Pick<Console, "info" | "warn" | "error">;

export type THubOptions = Readonly<{
  connectionString: string;
  load: TStateLoader;
  log?: TLog;
  maxBackoffMs?: number;
  minIntervalMs?: number;
}>;

export class WorkshopHub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private attempt = 0;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly subscribers = new Map<string, Set<TSubscriber>>();
  private readonly latest = new Map<string, TLoadedState>();
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  private readonly lastLoadAt = new Map<string, number>();
  private readonly throttled = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: THubOptions) {}

  /** True while the LISTEN connection is up. */
  get isListening(): boolean {
    return this.client !== null;
  }

  /** Local subscribers across all workshops (for tests and metrics). */
  get subscriberCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /**
   * Calls `deliver` with the current state now and with every newer state later. Returns the
   * unsubscribe function. Resolves once the LISTEN connection was attempted.
   */
  async subscribe(workshopId: string, deliver: (state: TLoadedState) => void): Promise<() => void> {
    const subscriber: TSubscriber = { deliver, lastSeq: -1 };
    let set = this.subscribers.get(workshopId);
    if (!set) this.subscribers.set(workshopId, (set = new Set()));
    set.add(subscriber);
    await this.ensureConnected();
    const cached = this.latest.get(workshopId);
    // A cached state is current only while we are listening; otherwise load it fresh.
    if (cached && this.isListening) this.send(subscriber, cached);
    else void this.refresh(workshopId);
    return () => this.unsubscribe(workshopId, subscriber);
  }

  /** Loads and publishes the workshop's state; concurrent calls coalesce into at most one more load. */
  refresh(workshopId: string): Promise<void> {
    const running = this.inflight.get(workshopId);
    if (running) {
      this.dirty.add(workshopId);
      return running;
    }
    const run = (async () => {
      do {
        this.dirty.delete(workshopId);
        this.lastLoadAt.set(workshopId, Date.now());
        try {
          const state = await this.options.load(workshopId);
          if (state) this.publish(workshopId, state);
        } catch (err) {
          this.options.log?.error({ err, workshopId }, "workshop hub: loading the state failed");
        }
      } while (this.dirty.has(workshopId) && this.subscribers.has(workshopId));
    })().finally(() => this.inflight.delete(workshopId));
    this.inflight.set(workshopId, run);
    return run;
  }

  /** Closes the LISTEN connection and stops reconnecting (shutdown, tests). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const timer of this.throttled.values()) clearTimeout(timer);
    this.throttled.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private unsubscribe(workshopId: string, subscriber: TSubscriber) {
    const set = this.subscribers.get(workshopId);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) {
      this.subscribers.delete(workshopId);
      this.latest.delete(workshopId);
      this.lastLoadAt.delete(workshopId);
    }
  }

  private publish(workshopId: string, state: TLoadedState) {
    const set = this.subscribers.get(workshopId);
    if (!set) return;
    const previous = this.latest.get(workshopId);
    if (!previous || state.seq >= previous.seq) this.latest.set(workshopId, state);
    for (const subscriber of set) this.send(subscriber, state);
  }

  private send(subscriber: TSubscriber, state: TLoadedState) {
    if (state.seq <= subscriber.lastSeq) return;
    subscriber.lastSeq = state.seq;
    try {
      subscriber.deliver(state);
    } catch (err) {
      this.options.log?.warn({ err }, "workshop hub: a subscriber failed");
    }
  }

  private onNotification(payload: string | undefined) {
    const notice = decodeNotice(payload);
    if (!notice || !this.subscribers.has(notice.workshopId)) return;
    const cached = this.latest.get(notice.workshopId);
    if (cached && cached.seq >= notice.seq) return; // already have it (or newer)
    this.refreshThrottled(notice.workshopId);
  }

  private refreshThrottled(workshopId: string) {
    const wait = (this.lastLoadAt.get(workshopId) ?? 0) + (this.options.minIntervalMs ?? 0) - Date.now();
    if (wait <= 0) return void this.refresh(workshopId);
    if (this.throttled.has(workshopId)) return; // a load is already scheduled; it will see this change
    this.throttled.set(
      workshopId,
      setTimeout(() => {
        this.throttled.delete(workshopId);
        void this.refresh(workshopId);
      }, wait),
    );
  }

  private ensureConnected(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true });
    client.on("notification", (msg) => this.onNotification(msg.payload));
    client.on("error", (err) => this.onConnectionLost(client, err));
    client.on("end", () => this.onConnectionLost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${WORKSHOP_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      this.onConnectionLost(client, err);
      return;
    }
    if (this.closed) return void (await client.end().catch(() => undefined));
    this.client = client;
    if (this.attempt > 0) this.options.log?.info({ attempts: this.attempt }, "workshop hub: listening again");
    this.attempt = 0;
    // Anything may have changed while we were not listening.
    for (const workshopId of this.subscribers.keys()) void this.refresh(workshopId);
  }

  private onConnectionLost(client: pg.Client, err?: unknown) {
    if (this.client && this.client !== client) return; // an old connection's late event
    const wasListening = this.client === client;
    this.client = null;
    if (this.closed || this.reconnectTimer) return;
    if (wasListening) this.options.log?.warn({ err }, "workshop hub: LISTEN connection lost; reconnecting");
    const base = Math.min(this.options.maxBackoffMs ?? 30_000, 250 * 2 ** this.attempt);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(
      () => {
        this.reconnectTimer = null;
        void this.ensureConnected();
      },
      base / 2 + Math.random() * (base / 2),
    );
  }
}
