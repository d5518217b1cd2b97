import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { BodyTooLargeError, jsonError, readBodyText } from "@/lib/route";
import { isAcceptedCallbackParam } from "@/lib/validation/callback-url";

type TContext = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 reads `params.nextauth`; Next 16 passes params as a promise.
async function handler(request: Request, context: TContext) {
  const params = await context.params;
  const url = new URL(request.url);
  // next-auth would throw (a 500) on a callbackUrl it cannot parse; every value it reads must pass.
  if (url.searchParams.getAll("callbackUrl").some((v) => !isAcceptedCallbackParam(v, url.origin)))
    return jsonError(400, "INVALID_INPUT", "callbackUrl must be a path or an http(s) URL.");
  // next-auth parses a JSON body (session update) itself and throws (a 500) when it is not JSON.
  if (request.method === "POST" && (request.headers.get("content-type") ?? "").includes("json")) {
    const problem = await jsonBodyProblem(request.clone());
    if (problem) return problem;
  }
  return NextAuth(request as never, { params } as never, authOptions());
}

async function jsonBodyProblem(copy: Request): Promise<Response | null> {
  try {
    JSON.parse(await readBodyText(copy));
    return null;
  } catch (err) {
    if (err instanceof BodyTooLargeError) return jsonError(413, "PAYLOAD_TOO_LARGE", err.message);
    return jsonError(400, "INVALID_INPUT", "The request body is not valid JSON.");
  }
}

export { handler as GET, handler as POST };
