import { z } from "zod";
import { NOTES_MAX } from "./limits";

export { NOTES_MAX };

/** One question's answer as the questionnaire autosaves it: the full state, so a retry is idempotent. */
export const ZAnswerInput = z
  .strictObject({
    questionId: z.string().trim().min(1, "questionId is required").max(100),
    level: z.number().int("level must be a whole number").min(1).max(9).nullable(),
    notSure: z.boolean().default(false),
    notes: z.string().max(NOTES_MAX, `notes can be at most ${NOTES_MAX} characters`).default(""),
    evidenceUrl: z
      .union([
        z.literal(""),
        z.url({ protocol: /^https?$/, error: "evidenceUrl must be an http(s) link" }).max(2000),
      ])
      .default(""),
  })
  .refine((a) => !(a.notSure && a.level !== null), {
    message: "an answer is either a level or not sure, not both",
    path: ["notSure"],
  });

export type TAnswerInputBody = z.output<typeof ZAnswerInput>;
