import { NextResponse } from "next/server";
import { z } from "zod";
import { unsubscribeDigest } from "@/lib/data/digests";
import { jsonError } from "@/lib/route";

const ZToken = z.string().min(1).max(200);

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the URL of the
 * digest's List-Unsubscribe header, without cookies or an Origin. The signed token in the path is the
 * only credential (the same-origin JSON guard of handleRoute would refuse such a request by design), and
 * the body is not needed. 200 when the token is valid (also when already off), 404 otherwise.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const parsed = ZToken.safeParse((await params).token);
  const done = parsed.success ? await unsubscribeDigest(parsed.data) : null;
  if (!done) return jsonError(404, "NOT_FOUND", "This unsubscribe link is not valid.");
  return NextResponse.json({ unsubscribed: true }, { headers: { "Cache-Control": "no-store" } });
}
