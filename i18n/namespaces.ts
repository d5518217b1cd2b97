/**
 * The message catalogue is split by area: messages/<locale>/<namespace>.json, one file per namespace
 * below, so an area's texts live next to each other and can be translated on their own.
 *
 * CLIENT_NAMESPACES are the ones client components read with useTranslations: only those are sent to
 * the browser (app/layout.tsx); server components read every namespace on the server. A unit test
 * (tests/unit/i18n.test.ts) fails when a "use client" file uses a namespace missing here.
 */
export const NAMESPACES = [
  "common",
  "nav",
  "home",
  "auth",
  "account",
  "admin",
  "errors",
  "ui",
  "questionnaire",
  "results",
  "explanations",
  "evidence",
  "models",
  "modelImport",
  "resultImport",
  "teams",
  "assessments",
  "journeys",
  "outcomes",
  "plans",
  "campaigns",
  "workshops",
  "respondents",
  "dashboards",
  "charts",
  "share",
  "report",
  "digest",
  "emails",
  "exports",
  "validation",
] as const;
export type TNamespace = (typeof NAMESPACES)[number];

export const CLIENT_NAMESPACES: readonly TNamespace[] = [
  "common",
  "nav",
  "auth",
  "account",
  "admin",
  "ui",
  "questionnaire",
  "campaigns",
  "digest",
  "evidence",
  "modelImport",
  "resultImport",
  "share",
  "charts",
  "respondents",
  "workshops",
  "plans",
  "teams",
  "journeys",
  "outcomes",
];
