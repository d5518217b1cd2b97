import { z } from "zod";

/** Route params of the model pages, parsed so a malformed URL is a 404, not a crash. */
export const ZModelParams = z.object({
  modelKey: z.string().regex(/^[a-z0-9-]{1,80}$/),
  version: z.coerce.number().int().positive().max(10_000),
});
export const ZCellParams = ZModelParams.extend({
  aspectId: z.string().regex(/^[a-z0-9-]{1,80}$/),
  level: z.coerce.number().int().min(1).max(9),
});
