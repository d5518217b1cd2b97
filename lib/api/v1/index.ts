/** Every /api/v1 operation. The OpenAPI document is built from this list; tests check that each route file is in it. */
import type { TEndpoint } from "../handler";
import * as code from "./assessment-code";
import * as backstage from "./backstage";
import * as assessments from "./assessments";
import * as dashboard from "./dashboard";
import * as journeys from "./journeys";
import * as plans from "./plans";
import * as teams from "./teams";

const isEndpoint = (value: unknown): value is TEndpoint =>
  typeof value === "object" && value !== null && "spec" in value && "handle" in value;

export const ENDPOINTS: readonly TEndpoint[] = [
  teams,
  assessments,
  code,
  journeys,
  plans,
  dashboard,
  backstage,
].flatMap((mod) => Object.values(mod).filter(isEndpoint));
