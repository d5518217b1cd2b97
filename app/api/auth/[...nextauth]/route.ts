import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { jsonError } from "@/lib/route";
import { isAcceptedCallbackParam } from "@/lib/validation/callback-url";

type TContext = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 reads `params.nextauth`; Next 16 passes params as a promise.
async function handler(request: Request, context: TContext) {
  const params = await context.params;
  const url = new URL(request.url);
  // next-auth would throw (a 500) on a callbackUrl it cannot parse; every value it reads must pass.
  if (url.searchParams.getAll("callbackUrl").some((v) => !isAcceptedCallbackParam(v, url.origin)))
    return jsonError(400, "INVALID_INPUT", "callbackUrl must be a path or an http(s) URL.");
  return NextAuth(request as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
