import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/webhooks/backoff";
import type { TWebhookEnvelope } from "@/lib/webhooks/events";
import { signWebhook, verifyWebhookSignature } from "@/lib/webhooks/signing";
import { formatSlackMessage, summarizeEvent } from "@/lib/webhooks/slack";
import { checkOutboundUrl, isBlockedAddress } from "@/lib/webhooks/url-policy";
import { verifyStepwiseWebhook } from "../../../docs/examples/verify-stepwise-webhook";

describe("outbound URL policy (SSRF)", () => {
  it("accepts https to public hosts and refuses everything else", () => {
    expect(checkOutboundUrl("https://hooks.example.com/x?y=1", false)).toEqual({
      ok: true,
      url: "https://hooks.example.com/x?y=1",
    });
    for (const bad of [
      "http://hooks.example.com/x",
      "https://localhost/x",
      "https://127.0.0.1/x",
      "https://10.0.0.1/x",
      "https://172.16.5.4/x",
      "https://192.168.1.1/x",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/x",
      "https://[fe80::1]/x",
      "https://[fd00::1]/x",
      "https://[::ffff:10.0.0.1]/x",
      "https://user:pw@example.com/x",
      "ftp://example.com/x",
      "not a url",
    ])
      expect(checkOutboundUrl(bad, false).ok, bad).toBe(false);
  });
  it("with the development flag allows http and loopback only", () => {
    expect(checkOutboundUrl("http://localhost:4000/x", true).ok).toBe(true);
    expect(checkOutboundUrl("http://127.0.0.1:4000/x", true).ok).toBe(true);
    expect(checkOutboundUrl("http://example.com/x", true).ok).toBe(false);
    expect(checkOutboundUrl("https://10.0.0.1/x", true).ok).toBe(false);
    expect(isBlockedAddress("127.0.0.1", true)).toBe(false);
    expect(isBlockedAddress("10.1.1.1", true)).toBe(true);
  });
  it("classifies resolved addresses", () => {
    expect(isBlockedAddress("93.184.216.34", false)).toBe(false);
    expect(isBlockedAddress("2606:2800:220:1::1", false)).toBe(false);
    for (const ip of [
      "127.0.0.1",
      "0.0.0.0",
      "100.64.0.1",
      "169.254.1.1",
      "::1",
      "::ffff:127.0.0.1",
      "garbage",
    ])
      expect(isBlockedAddress(ip, false), ip).toBe(true);
  });
});

describe("signatures", () => {
  it("the documented snippet verifies what the worker signs", () => {
    const ts = Math.floor(Date.now() / 1000);
    const sig = signWebhook("whsec_abc", ts, '{"a":1}');
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyStepwiseWebhook("whsec_abc", '{"a":1}', sig, String(ts))).toBe(true);
    expect(verifyWebhookSignature("whsec_abc", { signature: sig, timestamp: String(ts) }, '{"a":1}')).toBe(
      true,
    );
    expect(verifyStepwiseWebhook("whsec_abc", '{"a":2}', sig, String(ts))).toBe(false);
    expect(verifyStepwiseWebhook("whsec_abc", '{"a":1}', sig, String(ts - 301))).toBe(false);
    expect(verifyStepwiseWebhook("whsec_abc", '{"a":1}', null, String(ts))).toBe(false);
  });
  it("docs/integrations.md shows the snippet that is tested", () => {
    const snippet = readFileSync("docs/examples/verify-stepwise-webhook.ts", "utf8").trim();
    expect(readFileSync("docs/integrations.md", "utf8")).toContain(snippet);
  });
});

describe("backoff", () => {
  it("doubles per attempt with jitter in [half, full], capped", () => {
    expect(retryDelayMs(1, 0, 1000)).toBe(500);
    expect(retryDelayMs(1, 1, 1000)).toBe(1000);
    expect(retryDelayMs(3, 0, 1000)).toBe(2000);
    expect(retryDelayMs(3, 1, 1000)).toBe(4000);
    expect(retryDelayMs(40, 1, 1000, 60_000)).toBe(60_000);
  });
});

describe("Slack messages", () => {
  const envelope = (type: TWebhookEnvelope["type"], data: Record<string, unknown>): TWebhookEnvelope => ({
    id: "e1",
    type,
    createdAt: "2026-11-29T00:00:00.000Z",
    organization: { id: "o", slug: "acme" },
    data,
  });
  it("formats every event type as text + blocks, escaping user text", () => {
    const team = { name: "Pay <ments> & co" };
    const cases: Array<[TWebhookEnvelope["type"], Record<string, unknown>, string]> = [
      ["assessment.submitted", { team, assessment: { title: "Q4", url: "https://s/x" } }, "submitted “Q4”"],
      [
        "assessment.level_changed",
        { team, aspect: { title: "Adoption" }, from: 1, to: 2 },
        "from level 1 to level 2",
      ],
      ["plan.step.status_changed", { team, step: { title: "Do" }, from: "TODO", to: "DONE" }, "todo → done"],
      ["plan.step.overdue", { team, step: { title: "Do", dueOn: "2026-01-01" } }, "overdue (due 2026-01-01)"],
      [
        "journey.target_reached",
        { team, journey: { title: "J" }, aspect: { title: "A" }, target: 3, level: 3 },
        "reached level 3",
      ],
      ["workshop.ended", { team, assessment: { title: "W" } }, "workshop ended"],
    ];
    for (const [type, data, text] of cases) {
      const msg = formatSlackMessage(envelope(type, data)) as {
        text: string;
        blocks: Array<{ type: string }>;
      };
      expect(msg.text).toContain(text);
      expect(msg.text).toContain("Pay &lt;ments&gt; &amp; co");
      expect(msg.blocks.map((b) => b.type)).toEqual(["section", "context"]);
    }
    expect(summarizeEvent(envelope("assessment.submitted", { team, assessment: { title: "Q4" } }))).toBe(
      "Pay &lt;ments&gt; &amp; co submitted “Q4”",
    );
  });
});
