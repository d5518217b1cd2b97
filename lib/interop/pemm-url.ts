/**
 * Shared result links of the CNCF community self-assessment. The hosted tool
 * (https://cloud-native-platform-engineering.github.io/pemm-assessment/) keeps all state in the query
 * string: one `<field_name>=<value>` per answered question, plus the reserved parameters `lang`,
 * `view` (=results), `page` and `v` (the question set's content_version). Every other parameter is
 * an answer to the tool; Stepwise reports the ones it cannot place instead of dropping them. Pure.
 */
import type { TMaturityModel } from "@/lib/model/schema";

export const PEMM_TOOL_URL = "https://cloud-native-platform-engineering.github.io/pemm-assessment/";
export const PEMM_RESERVED_PARAMS = ["lang", "view", "page", "v"] as const;

export type TPemmAnswer = Readonly<{ questionId: string; field: string; level: number }>;
export type TPemmProblem = Readonly<{
  param: string;
  value: string;
  reason: "unknown-question" | "out-of-range" | "repeated" | "version-mismatch";
}>;
export type TParsedPemmUrl = Readonly<{
  params: Array<[string, string]>;
  contentVersion: string | null;
  language: string | null;
}>;

/** Reads a pasted link (full URL, `?a=1&…` or `a=1&…`); null when it holds no parameters at all. */
export function readPemmUrl(input: string): TParsedPemmUrl | null {
  const text = input.trim();
  let query: string;
  try {
    query = /^https?:\/\//i.test(text) ? new URL(text).search : text.replace(/^[^?]*\?/, "");
  } catch {
    return null;
  }
  const search = new URLSearchParams(query.replace(/^\?/, "").replace(/#.*$/, ""));
  const params = [...search.entries()];
  if (params.length === 0) return null;
  return { params, contentVersion: search.get("v"), language: search.get("lang") };
}

/** question id ↔ field name of a model imported from a question file (empty for other models). */
export function pemmFields(model: TMaturityModel): Map<string, string> {
  return new Map(Object.entries(model.interop?.pemm.fields ?? {}));
}

/**
 * Places a link's answers on `model`: known field with a value that is one of the question's option
 * values → answer; anything else → problem. A repeated field keeps its last value, as the tool does.
 */
export function pemmAnswersFromUrl(
  model: TMaturityModel,
  url: TParsedPemmUrl,
): { answers: TPemmAnswer[]; problems: TPemmProblem[] } {
  const byField = new Map([...pemmFields(model)].map(([questionId, field]) => [field, questionId]));
  const answers = new Map<string, TPemmAnswer>();
  const problems: TPemmProblem[] = [];
  for (const [param, value] of url.params) {
    if ((PEMM_RESERVED_PARAMS as readonly string[]).includes(param)) continue;
    const questionId = byField.get(param);
    const question = questionId
      ? model.aspects.flatMap((a) => a.questions).find((q) => q.id === questionId)
      : undefined;
    if (!question) {
      problems.push({ param, value, reason: "unknown-question" });
      continue;
    }
    const level = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!question.options.some((o) => o.level === level)) {
      problems.push({ param, value, reason: "out-of-range" });
      continue;
    }
    if (answers.has(question.id))
      problems.push({ param, value: answers.get(question.id)!.level.toString(), reason: "repeated" });
    answers.set(question.id, { questionId: question.id, field: param, level });
  }
  const expected = model.interop?.pemm.contentVersion;
  if (url.contentVersion && expected && isVersionMismatch(url.contentVersion, expected)) {
    problems.push({ param: "v", value: url.contentVersion, reason: "version-mismatch" });
  }
  return { answers: [...answers.values()], problems };
}

/**
 * Same rule as the tool: a link from another major or minor content version may mean something
 * else; patch versions only reword. Unparseable versions are not judged.
 */
export function isVersionMismatch(linkVersion: string, currentVersion: string): boolean {
  const parse = (v: string) => /^(\d+)\.(\d+)\.(\d+)$/.exec(v.trim());
  const a = parse(linkVersion);
  const b = parse(currentVersion);
  return Boolean(a && b && (a[1] !== b[1] || a[2] !== b[2]));
}

/** How well a link fits a model: how many of its answer parameters the model knows. */
export function pemmMatchScore(model: TMaturityModel, url: TParsedPemmUrl): number {
  const fields = new Set(pemmFields(model).values());
  const known = url.params.filter(([p]) => fields.has(p)).length;
  const sameVersion =
    url.contentVersion !== null && url.contentVersion === model.interop?.pemm.contentVersion ? 0.5 : 0;
  return known === 0 ? 0 : known + sameVersion;
}

/**
 * The link that opens these answers in the community tool, on its results view. "Not sure" has no
 * counterpart there and is left out, like an unanswered question. The version stamp is added only
 * with answers, as the tool does.
 */
export function pemmResultUrl(
  model: TMaturityModel,
  answers: ReadonlyArray<{ questionId: string; level: number | null; notSure: boolean }>,
  baseUrl = PEMM_TOOL_URL,
): string | null {
  const fields = pemmFields(model);
  if (fields.size === 0) return null;
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const params = new URLSearchParams();
  for (const question of model.aspects.flatMap((a) => a.questions)) {
    const answer = byQuestion.get(question.id);
    const field = fields.get(question.id);
    if (!field || !answer || answer.notSure || answer.level === null) continue;
    if (question.options.some((o) => o.level === answer.level)) params.set(field, String(answer.level));
  }
  const version = model.interop?.pemm.contentVersion;
  if (version && params.size > 0) params.set("v", version);
  params.set("view", "results");
  return `${baseUrl}?${params.toString()}`;
}
