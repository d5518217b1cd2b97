/**
 * Jira Cloud REST API v3 (pure): the request that creates an issue from a plan step (summary, an
 * Atlassian Document Format description, label "stepwise"), and Jira's error answers as messages a
 * person can act on.
 */
export type TJiraConfig = Readonly<{
  baseUrl: string;
  email: string;
  apiToken: string;
  projectKey: string;
  issueType: string;
}>;

export type TJiraStep = Readonly<{
  title: string;
  notes: string;
  aspectName: string;
  level: number;
  characteristic: string;
  dueOn: string | null;
  teamName: string | null;
  journeyTitle: string;
  url: string | null;
}>;

type TAdfNode = Record<string, unknown>;
const text = (value: string, marks?: TAdfNode[]): TAdfNode => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: TAdfNode[]): TAdfNode => ({ type: "paragraph", content });

/** The description as an ADF document (Jira v3 refuses plain strings). Empty text nodes are not allowed. */
export function stepDescription(step: TJiraStep): TAdfNode {
  const content: TAdfNode[] = [];
  if (step.notes.trim())
    for (const line of step.notes.trim().split(/\n{2,}/)) content.push(paragraph(text(line)));
  const facts = [
    `Aspect: ${step.aspectName} → level ${step.level}`,
    step.characteristic ? `Characteristic: ${step.characteristic}` : null,
    `Journey: ${step.journeyTitle}${step.teamName ? ` (${step.teamName})` : ""}`,
    step.dueOn ? `Due: ${step.dueOn}` : null,
  ].filter((x): x is string => x !== null);
  content.push({
    type: "bulletList",
    content: facts.map((f) => ({ type: "listItem", content: [paragraph(text(f))] })),
  });
  if (step.url)
    content.push(paragraph(text("Open the step in Stepwise", [{ type: "link", attrs: { href: step.url } }])));
  return { type: "doc", version: 1, content };
}

export function jiraIssueRequest(config: TJiraConfig, step: TJiraStep) {
  return {
    url: `${config.baseUrl.replace(/\/+$/, "")}/rest/api/3/issue`,
    headers: {
      Authorization: `Basic ${Buffer.from(`${config.email}:${config.apiToken}`, "utf8").toString("base64")}`,
      "Content-Type": "application/json",
      Accept: "application/json",
      "User-Agent": "Stepwise-Jira/1",
    },
    body: JSON.stringify({
      fields: {
        project: { key: config.projectKey },
        issuetype: { name: config.issueType },
        summary: step.title.replace(/[\r\n]+/g, " ").slice(0, 255),
        description: stepDescription(step),
        labels: ["stepwise"],
      },
    }),
  };
}

/** The issue key of a 201 answer, or null when the answer is not what Jira sends. */
export function parseJiraCreated(body: string): string | null {
  try {
    const key = (JSON.parse(body) as { key?: unknown }).key;
    return typeof key === "string" && /^[A-Z][A-Z0-9_]*-\d+$/.test(key) ? key : null;
  } catch {
    return null;
  }
}

/** Jira's answer to a failed create, as one clear sentence (Jira's own messages included, capped). */
export function jiraErrorMessage(status: number, body: string): string {
  let details = "";
  try {
    const parsed = JSON.parse(body) as { errorMessages?: unknown; errors?: unknown };
    const messages = Array.isArray(parsed.errorMessages) ? parsed.errorMessages.map(String) : [];
    const fields =
      parsed.errors && typeof parsed.errors === "object"
        ? Object.entries(parsed.errors as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`)
        : [];
    details = [...messages, ...fields].join("; ").slice(0, 300);
  } catch {
    details = "";
  }
  const suffix = details ? ` Jira said: ${details}` : "";
  if (status === 401)
    return `Jira refused the credentials: check the email and API token in the Jira settings.${suffix}`;
  if (status === 403) return `The Jira account may not create issues in this project.${suffix}`;
  if (status === 404)
    return `Jira did not find the project or the API (check the base URL and project key).${suffix}`;
  if (status === 400) return `Jira refused the issue (check the project key and issue type).${suffix}`;
  if (status === 429) return "Jira is rate-limiting requests: try again in a minute.";
  return `Jira answered HTTP ${status}.${suffix}`;
}
