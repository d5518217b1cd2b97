/**
 * The webhook vocabulary (pure): event types, their labels, and the envelope every delivery carries.
 * The same envelope is the signed body of a GENERIC endpoint and the source of a Slack message.
 */
import { z } from "zod";

export const WEBHOOK_EVENT_TYPES = [
  "assessment.submitted",
  "assessment.level_changed",
  "plan.step.status_changed",
  "plan.step.overdue",
  "journey.target_reached",
  "workshop.ended",
] as const;
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

export const WEBHOOK_EVENT_LABELS: Record<TWebhookEventType, string> = {
  "assessment.submitted": "An assessment was submitted",
  "assessment.level_changed": "An aspect's level changed (vs the team's previous assessment of the model)",
  "plan.step.status_changed": "A plan step changed status",
  "plan.step.overdue": "A plan step is past its due date (once per due date)",
  "journey.target_reached": "A team reached a journey's target level for an aspect",
  "workshop.ended": "A workshop ended",
};

export const WEBHOOK_KINDS = ["GENERIC", "SLACK"] as const;
export type TWebhookKind = (typeof WEBHOOK_KINDS)[number];

/** What a receiver gets (GENERIC): `id` is stable across retries and redeliveries (deduplicate on it). */
export type TWebhookEnvelope = Readonly<{
  id: string;
  type: TWebhookEventType;
  createdAt: string;
  organization: Readonly<{ id: string; slug: string }>;
  data: Readonly<Record<string, unknown>>;
}>;

/** The exact body bytes sent (and signed) for an event: stable key order. */
export function envelopeBody(envelope: TWebhookEnvelope): string {
  const { id, type, createdAt, organization, data } = envelope;
  return JSON.stringify({ id, type, createdAt, organization, data });
}
