import { afterEach, describe, expect, it } from "vitest";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { castVote } from "@/lib/data/workshops/votes";
import { WorkshopHub, type TLoadedState } from "@/lib/realtime/hub";
import { loadStateFrame } from "@/lib/realtime/workshop-hub";
import type { TPublicState } from "@/lib/workshops/public-state";
import { workshopFixture } from "./workshop-helpers";

/**
 * Two hubs, each with its own LISTEN connection, stand in for two app instances behind a load
 * balancer: a change made through the data layer (any instance) reaches the subscribers of both.
 */
const hubs: WorkshopHub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.close()));
});

function newHub(load = loadStateFrame, minIntervalMs = 0) {
  const hub = new WorkshopHub({ connectionString: process.env.DATABASE_URL!, load, minIntervalMs });
  hubs.push(hub);
  return hub;
}

/** Collects the states a subscriber receives and waits for one matching `test`. */
function recorder() {
  const states: TPublicState[] = [];
  const waiters: Array<{ test: (s: TPublicState) => boolean; resolve: (s: TPublicState) => void }> = [];
  const deliver = (loaded: TLoadedState) => {
    const data = loaded.frame
      .split("\n")
      .find((l) => l.startsWith("data: "))!
      .slice(6);
    const state = JSON.parse(data) as TPublicState;
    states.push(state);
    for (const w of [...waiters])
      if (w.test(state)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(state);
      }
  };
  const until = (test: (s: TPublicState) => boolean, ms = 5000) => {
    const hit = states.find(test);
    if (hit) return Promise.resolve(hit);
    return new Promise<TPublicState>((resolve, reject) => {
      waiters.push({ test, resolve });
      setTimeout(
        () => reject(new Error(`no matching state within ${ms} ms; last seq ${states.at(-1)?.seq}`)),
        ms,
      );
    });
  };
  return { states, deliver, until };
}

describe("workshop realtime across instances", () => {
  it("fans every change out to subscribers of two hubs, in seq order", async () => {
    const w = await workshopFixture();
    const ada = await w.guest("Ada");
    const [hubA, hubB] = [newHub(), newHub()];
    const a1 = recorder();
    const a2 = recorder();
    const b1 = recorder();
    await hubA.subscribe(w.workshopId, a1.deliver);
    await hubA.subscribe(w.workshopId, a2.deliver);
    await hubB.subscribe(w.workshopId, b1.deliver);
    expect(hubA.isListening && hubB.isListening).toBe(true);
    await Promise.all([a1, a2, b1].map((r) => r.until((s) => s.participants.length === 1)));

    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    for (const r of [a1, a2, b1]) {
      const voted = await r.until((s) => s.votedIds.length === 1);
      expect(voted.result).toBeNull(); // streamed state hides values too
      expect(JSON.stringify(voted)).not.toContain('"participantId"');
    }
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    for (const r of [a1, a2, b1]) {
      const revealed = await r.until((s) => s.revealed);
      expect(revealed.result?.summary.distribution.find((d) => d.level === 2)?.count).toBe(1);
      const seqs = r.states.map((s) => s.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(new Set(seqs).size).toBe(seqs.length);
    }
  });

  it("loads once per change for many local subscribers", async () => {
    const w = await workshopFixture();
    let loads = 0;
    const hub = newHub(async (id) => {
      loads += 1;
      return loadStateFrame(id);
    });
    const subscribers = Array.from({ length: 50 }, () => recorder());
    for (const s of subscribers) await hub.subscribe(w.workshopId, s.deliver);
    await Promise.all(subscribers.map((s) => s.until(() => true)));
    const before = loads;
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await Promise.all(subscribers.map((s) => s.until((st) => st.status === "RUNNING")));
    expect(loads - before).toBe(1);
  });

  it("throttles loads during a vote burst and still delivers the final state", async () => {
    const w = await workshopFixture();
    const guests = await Promise.all(Array.from({ length: 12 }, (_, i) => w.guest(`P${i}`)));
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    let loads = 0;
    const hub = newHub(async (id) => {
      loads += 1;
      return loadStateFrame(id);
    }, 250);
    const r = recorder();
    await hub.subscribe(w.workshopId, r.deliver);
    await r.until(() => true);
    const before = loads;
    await Promise.all(
      guests.map((g) => castVote(g.access, { questionId: "delivery-1", level: 2, notSure: false })),
    );
    await r.until((s) => s.votedIds.length === 12);
    expect(loads - before).toBeLessThanOrEqual(4);
  });

  it("reloads after the LISTEN connection comes back", async () => {
    const w = await workshopFixture();
    const hub = newHub();
    const r = recorder();
    await hub.subscribe(w.workshopId, r.deliver);
    await r.until(() => true);
    // Kill the hub's connection from the server side, change the workshop while it is down.
    const { db } = await import("@/lib/db");
    const killed = await db.$queryRawUnsafe<unknown[]>(
      `SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE query = 'LISTEN stepwise_workshops' AND pid <> pg_backend_pid()`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(1);
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    const state = await r.until((s) => s.status === "RUNNING", 10_000);
    expect(state.question?.id).toBe("delivery-1");
  });
});
