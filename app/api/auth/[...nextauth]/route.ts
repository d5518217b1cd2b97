import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

type TContext = { params: Promise<{ nextauth: string[] }> };

// next-auth v4 reads `params.nextauth`; Next 16 passes params as a promise.
async function handler(request: Request, context: TContext) {
  const params = await context.params;
  return NextAuth(request as never, { params } as never, authOptions());
}

export { handler as GET, handler as POST };
