/**
 * A small HTTP client for the tenancy matrix and the fuzzer: Node's fetch with a cookie jar (path-scoped,
 * like a browser), no redirect following, bodies read with a time limit (event streams never end), and
 * the real credentials sign-in flow of next-auth. Server actions are called the way the browser calls
 * them: a POST to a page with the `Next-Action` id and React's multipart encoding of `(prevState, formData)`.
 */
type TCookie = { name: string; value: string; path: string };

export class CookieJar {
  private cookies: TCookie[] = [];

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const pathAttr = attrs.map((a) => a.trim()).find((a) => /^path=/i.test(a));
      const path = pathAttr ? pathAttr.slice(5) || "/" : "/";
      const expired = attrs.some((a) => /^max-age=0$/i.test(a.trim())) || value === "";
      this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
      if (!expired) this.cookies.push({ name, value, path });
    }
  }

  header(pathname: string): string {
    return this.cookies
      .filter((c) => pathname === c.path || pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  clone(): CookieJar {
    const jar = new CookieJar();
    jar.cookies = [...this.cookies];
    return jar;
  }
}

export type THttpResult = {
  status: number;
  location: string | null;
  contentType: string;
  body: string;
  headers: Headers;
  ms: number;
};

export type TRequestInit = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | FormData | Uint8Array;
  /** Longest wait for the whole body; event streams are cut after their first bytes. */
  timeoutMs?: number;
};

export class HttpClient {
  constructor(
    readonly baseURL: string,
    readonly jar: CookieJar = new CookieJar(),
  ) {}

  get origin() {
    return new URL(this.baseURL).origin;
  }

  async request(path: string, init: TRequestInit = {}): Promise<THttpResult> {
    const url = new URL(path, this.baseURL);
    const headers: Record<string, string> = { ...init.headers };
    const cookie = this.jar.header(url.pathname);
    if (cookie) headers.cookie = cookie;
    const controller = new AbortController();
    const timeoutMs = init.timeoutMs ?? 30_000;
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: init.method ?? "GET",
        headers,
        body: init.body as BodyInit | undefined,
        redirect: "manual",
        signal: controller.signal,
      });
      this.jar.store(response);
      const contentType = response.headers.get("content-type") ?? "";
      let body = "";
      if (contentType.includes("text/event-stream")) await response.body?.cancel().catch(() => undefined);
      else body = await response.text();
      return {
        status: response.status,
        location: response.headers.get("location") ?? response.headers.get("x-action-redirect"),
        contentType,
        body,
        headers: response.headers,
        ms: performance.now() - started,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /** next-auth credentials sign-in, as the sign-in form does it; throws unless a session cookie is set. */
  async signIn(email: string, password: string) {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const result = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: this.origin },
      body: new URLSearchParams({
        email,
        password,
        csrfToken,
        json: "true",
        callbackUrl: "/orgs",
      }).toString(),
    });
    if (!this.jar.header("/").includes("next-auth.session-token"))
      throw new Error(`sign-in as ${email} failed: ${result.status} ${result.body.slice(0, 200)}`);
    return this;
  }

  /**
   * Calls a server action made with defineFormAction (`(prev, formData)`) the way React's client does:
   * the form fields go first with the prefix "_1_", then field "0" with the argument list ("$K1" = those fields).
   */
  async action(
    pagePath: string,
    actionId: string,
    fields: Record<string, string | string[]>,
    { formOnly = false } = {},
  ) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) form.append(`${ACTION_FIELD_PREFIX}${name}`, v);
    // Last, as React does: the server resolves "$K1" from the fields received before "0".
    form.append("0", JSON.stringify(actionArgs(formOnly)));
    const result = await this.request(pagePath, {
      method: "POST",
      headers: { "next-action": actionId, accept: "text/x-component", origin: this.origin },
      body: form,
    });
    return { ...result, outcome: actionOutcome(result) };
  }
}

/** React 19's reply encoding names the fields of FormData argument number 1 "_1_<field>". */
export const ACTION_FIELD_PREFIX = "_1_";

/** React's encoding of the arguments: `(prevState, formData)` for useActionState forms, `(formData)` for plain form actions. */
export const actionArgs = (formOnly: boolean) => (formOnly ? ["$K1"] : [null, "$K1"]);

/**
 * What an action call came to: "ok", a redirect, the ActionResult error code (FORBIDDEN, NOT_FOUND,
 * UNAUTHENTICATED, INVALID_INPUT, CONFLICT, INTERNAL, ...), or the HTTP status when there is no result.
 */
export function actionOutcome(result: THttpResult): string {
  if (result.status >= 500) return `http-${result.status}`;
  const redirect = result.headers.get("x-action-redirect");
  if (redirect) return "redirect";
  const code = /"ok":false,"code":"([A-Z_]+)"/.exec(result.body)?.[1];
  if (code) return code;
  if (/"ok":true/.test(result.body)) return "ok";
  if (result.status === 404) return "NOT_FOUND";
  if (result.status >= 300 && result.status < 400) return "redirect";
  if (result.status >= 200 && result.status < 300) return "ok"; // an action that returns nothing
  return `http-${result.status}`;
}
