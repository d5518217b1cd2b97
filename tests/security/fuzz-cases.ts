/**
 * fast-check arbitraries that turn one route (page, route handler or server action) and the valid
 * call documented in route-expectations.ts into malformed requests: wrong types, huge strings, NUL,
 * unicode (including lone surrogates), arrays for strings, missing and extra fields, bad and foreign
 * ids, repeated query parameters, bodies that are not JSON or not an object, wrong content types.
 * Every case carries tags saying what it contains, for the summary and the known-issues list.
 */
import fc from "fast-check";
import type { TExpectation } from "./expectation-types";
import { apiTokenFor, SEC_USERS, tokenCallerToken } from "./fixtures";
import { defaultParam, formFields, resolveBody, usesApiToken } from "./matrix";
import { fillPattern, paramsOf, type TRoute } from "./routes";
import { resolveTemplate, type TTenantIds } from "./tenant-ids";

export type TFuzzCaller = "owner" | "signedOut" | "guest";

export type TFuzzCase = {
  route: TRoute;
  caller: TFuzzCaller;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON/text body of a handler call. */
  body?: string;
  /** /api/v1: the bearer token sent instead of the caller's own (another org's, revoked, expired, junk). */
  token?: string;
  /** Form fields of an action call (several values = a repeated field; a Blob = a file). */
  form?: [string, string | Blob][];
  tags: string[];
};

type TTagged<T> = { value: T; tags: string[] };
const tagged = <T>(arb: fc.Arbitrary<T>, ...tags: string[]) => arb.map((value) => ({ value, tags }));

/** Strings that make servers fall over. */
export const nastyString: fc.Arbitrary<TTagged<string>> = fc.oneof(
  { weight: 4, arbitrary: tagged(fc.string({ maxLength: 40 })) },
  { weight: 2, arbitrary: tagged(fc.string({ unit: "grapheme", maxLength: 30 }), "unicode") },
  { weight: 2, arbitrary: tagged(fc.string({ unit: "binary", maxLength: 30 }), "unicode") },
  {
    weight: 3,
    arbitrary: tagged(
      fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`),
      "nul",
    ),
  },
  {
    weight: 2,
    arbitrary: tagged(
      fc.constantFrom(
        "",
        " ",
        "-1",
        "0",
        "1e309",
        "NaN",
        "true",
        "null",
        "undefined",
        "[]",
        "{}",
        "__proto__",
        "constructor",
        "../../etc/passwd",
        "%00",
        "%ZZ",
        "' OR '1'='1",
        "'; DROP TABLE users; --",
        "${7*7}{{7*7}}",
        "<script>alert(1)</script>",
        '=HYPERLINK("http://evil.example")\n',
        "\ud800",
        "😀".repeat(50),
        "a".repeat(1000),
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
      ),
      "special",
    ),
  },
  {
    weight: 1,
    arbitrary: tagged(
      fc.integer({ min: 5_000, max: 100_000 }).map((n) => "x".repeat(n)),
      "huge",
    ),
  },
);

/** Any JSON value, biased towards the wrong types for a field. */
const wrongJson: fc.Arbitrary<TTagged<unknown>> = fc.oneof(
  nastyString as fc.Arbitrary<TTagged<unknown>>,
  tagged(fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), "wrong-type"),
  tagged(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), "array-for-string", "wrong-type"),
  tagged(
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    "wrong-type",
  ),
  tagged(fc.jsonValue({ maxDepth: 3 }), "wrong-type"),
);

/** An id: the caller's own, one of another org, or junk. */
function idArb(own: string, foreign: string): fc.Arbitrary<TTagged<string>> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ value: own, tags: [] as string[] }) },
    { weight: 2, arbitrary: fc.constant({ value: foreign, tags: ["foreign-id"] as string[] }) },
    // Not "huge": Node's HTTP parser refuses request lines over 16 kB before the app sees them.
    {
      weight: 3,
      arbitrary: nastyString
        .filter((s) => !s.tags.includes("huge"))
        .map((s) => ({ ...s, tags: [...s.tags, "bad-id"] })),
    },
  );
}

const QUERY_NAMES = [
  "callbackUrl",
  "invite",
  "code",
  "aspect",
  "model",
  "teamId",
  "assessmentId",
  "iteration",
  "from",
  "to",
  "group",
  "stale",
  "format",
  "owner",
  "status",
  "overdue",
  "opened",
  "error",
  "closed",
];

const queryArb: fc.Arbitrary<TTagged<string>> = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_NAMES), nastyString, fc.integer({ min: 1, max: 3 })), {
    maxLength: 4,
  })
  .map((pairs) => {
    const params = new URLSearchParams();
    const tags = new Set<string>();
    for (const [name, v, times] of pairs) {
      for (let i = 0; i < times; i += 1) params.append(name, v.value);
      if (times > 1) tags.add("repeated-query");
      v.tags.forEach((t) => tags.add(t));
    }
    return { value: params.toString(), tags: [...tags] };
  });

/** Path values for each parameter of a pattern: mostly the caller's own ids, sometimes foreign or junk. */
function pathArb(route: TRoute & { pattern: string }, exp: TExpectation, own: TTenantIds, other: TTenantIds) {
  const names = paramsOf(route.pattern);
  return fc
    .tuple(
      ...names.map((name) => {
        const template = exp.ids?.[name] ?? defaultParam(name, route.pattern);
        return fc.oneof(
          {
            weight: 5,
            arbitrary: fc.constant({ value: resolveTemplate(template, own), tags: [] as string[] }),
          },
          { weight: 1, arbitrary: idArb(resolveTemplate(template, own), resolveTemplate(template, other)) },
        );
      }),
    )
    .map((values) => ({
      value: fillPattern(route.pattern, Object.fromEntries(names.map((n, i) => [n, values[i]!.value]))),
      tags: values.flatMap((v) => v.tags),
    }));
}

/** A JSON body: the valid one with fields changed, dropped or added; or not an object; or not JSON. */
function jsonBodyArb(valid: Record<string, unknown>): fc.Arbitrary<TTagged<string>> {
  const keys = Object.keys(valid);
  const mutated = fc
    .tuple(
      fc.tuple(...keys.map(() => fc.oneof(fc.constant("keep"), fc.constant("drop"), wrongJson))),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
    )
    .map(([choices, extra]) => {
      const out: Record<string, unknown> = {};
      const tags = new Set<string>();
      keys.forEach((k, i) => {
        const c = choices[i]!;
        if (c === "keep") out[k] = valid[k];
        else if (c === "drop") tags.add("missing-field");
        else {
          out[k] = c.value;
          c.tags.forEach((t) => tags.add(t));
        }
      });
      if (Object.keys(extra).length) tags.add("extra-field");
      return { value: JSON.stringify({ ...extra, ...out }), tags: [...tags] };
    });
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    {
      weight: 1,
      arbitrary: wrongJson.map((v) => ({
        value: JSON.stringify(v.value) ?? "null",
        tags: [...v.tags, "not-an-object"],
      })),
    },
    {
      weight: 1,
      arbitrary: tagged(
        fc.constantFrom("", "{", '{"a":', "null", "[]", "\u0000", '{"__proto__":{"x":1}}'),
        "bad-json",
      ),
    },
  );
}

const CONTENT_TYPES = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ value: "application/json", tags: [] as string[] }) },
  {
    weight: 1,
    arbitrary: tagged(
      fc.constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "",
      ),
      "content-type",
    ),
  },
);

/** Form fields: the valid ones changed, dropped, repeated or turned into files; plus extra fields. */
function formArb(valid: Record<string, string[]>): fc.Arbitrary<TTagged<[string, string | Blob][]>> {
  const keys = Object.keys(valid);
  const choice = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: "keep" as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: "drop" as const }) },
    { weight: 3, arbitrary: nastyString.map((s) => ({ kind: "value" as const, s })) },
    {
      weight: 1,
      arbitrary: fc
        .array(nastyString, { minLength: 2, maxLength: 3 })
        .map((list) => ({ kind: "repeat" as const, list })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "file" as const }) },
  );
  return fc
    .tuple(
      fc.tuple(...keys.map(() => choice)),
      fc.array(fc.tuple(fc.string({ maxLength: 10 }), nastyString), { maxLength: 2 }),
    )
    .map(([choices, extra]) => {
      const fields: [string, string | Blob][] = [];
      const tags = new Set<string>();
      keys.forEach((k, i) => {
        const c = choices[i]!;
        if (c.kind === "keep") for (const v of valid[k]!) fields.push([k, v]);
        else if (c.kind === "drop") tags.add("missing-field");
        else if (c.kind === "value") {
          fields.push([k, c.s.value]);
          c.s.tags.forEach((t) => tags.add(t));
        } else if (c.kind === "repeat") {
          tags.add("array-for-string");
          for (const s of c.list) {
            fields.push([k, s.value]);
            s.tags.forEach((t) => tags.add(t));
          }
        } else {
          tags.add("file-for-string");
          fields.push([k, new Blob(["\u0000binary\u00ff"], { type: "application/octet-stream" })]);
        }
      });
      for (const [name, v] of extra) {
        fields.push([name, v.value]);
        tags.add("extra-field");
        v.tags.forEach((t) => tags.add(t));
      }
      return { value: fields, tags: [...tags] };
    });
}

/**
 * /api/v1 callers by token (issue 15): mostly the caller's own (undefined), else another organization's
 * token, a revoked or an expired one, a read-only org token, or junk in the Authorization header.
 */
type TTokenChoice = { value?: string; tags: string[] };
const tokenChoice = (value: string | undefined, tag: string): TTokenChoice =>
  value === undefined ? { tags: [] } : { value, tags: [tag] };
const tokenArb: fc.Arbitrary<TTokenChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(tokenChoice(undefined, "")) },
  { weight: 1, arbitrary: fc.constant(tokenChoice(apiTokenFor(SEC_USERS.admin), "token:other-org")) },
  { weight: 1, arbitrary: fc.constant(tokenChoice(tokenCallerToken("revoked"), "token:revoked")) },
  { weight: 1, arbitrary: fc.constant(tokenChoice(tokenCallerToken("expired"), "token:expired")) },
  { weight: 1, arbitrary: fc.constant(tokenChoice(tokenCallerToken("orgRead"), "token:other-org-read")) },
  {
    weight: 1,
    // Only what an HTTP header can carry (fetch refuses control characters before sending).
    arbitrary: fc
      .constantFrom("", "swp_", "swp_%00", "swp_' OR 1=1 --", `swp_${"A".repeat(5000)}`, "Bearer swp_x", "é")
      .map((junk) => tokenChoice(junk, "token:junk")),
  },
);

const callerArb: fc.Arbitrary<TFuzzCaller> = fc.oneof(
  { weight: 7, arbitrary: fc.constant("owner" as const) },
  { weight: 2, arbitrary: fc.constant("signedOut" as const) },
  { weight: 1, arbitrary: fc.constant("guest" as const) },
);

/**
 * Malformed requests for one route. `own` are the fuzzing caller's organization's ids, `other` another
 * organization's (for foreign ids).
 */
export function fuzzCaseArb(
  route: TRoute,
  exp: TExpectation,
  own: TTenantIds,
  other: TTenantIds,
): fc.Arbitrary<TFuzzCase> {
  if (route.kind === "action") {
    const page = route.pages[0]!;
    return fc
      .tuple(callerArb, pathArb({ ...route, pattern: page }, exp, own, other), formArb(formFields(exp, own)))
      .map(([caller, path, form]) => ({
        route,
        caller,
        method: "POST",
        url: path.value,
        headers: {},
        form: form.value,
        tags: [...new Set([...path.tags, ...form.tags])],
      }));
  }
  const hasBody = route.kind === "handler" && !["GET", "HEAD"].includes(route.method);
  const method = route.kind === "handler" ? route.method : "GET";
  const valid = (hasBody ? resolveBody(exp.body ?? {}, own) : {}) as Record<string, unknown>;
  return fc
    .tuple(
      callerArb,
      pathArb(route, exp, own, other),
      queryArb,
      hasBody ? jsonBodyArb(valid) : fc.constant({ value: "", tags: [] as string[] }),
      CONTENT_TYPES,
      route.kind === "handler" && usesApiToken(route.pattern)
        ? tokenArb
        : fc.constant({ tags: [] as string[] }),
    )
    .map(
      ([caller, path, query, body, contentType, token]: [
        TFuzzCaller,
        { value: string; tags: string[] },
        { value: string; tags: string[] },
        { value: string; tags: string[] },
        { value?: string; tags: string[] },
        { value?: string; tags: string[] },
      ]) => ({
        route,
        caller,
        token: token.value,
        method,
        url: query.value ? `${path.value}?${query.value}` : path.value,
        headers: (hasBody && contentType.value ? { "content-type": contentType.value } : {}) as Record<
          string,
          string
        >,
        body: hasBody ? body.value : undefined,
        tags: [
          ...new Set([
            ...path.tags,
            ...query.tags,
            ...body.tags,
            ...(hasBody ? contentType.tags : []),
            ...token.tags,
          ]),
        ],
      }),
    );
}
