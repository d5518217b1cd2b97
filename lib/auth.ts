/**
 * next-auth (v4) configuration: email + password credentials, JWT sessions. The session carries only
 * the user id; roles are always read from the database per request (lib/authz.ts).
 */
import "server-only";
import { cache } from "react";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { signInWithPassword } from "@/lib/data/users";

const ZCredentials = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) return null;
          const result = await signInWithPassword(parsed.data.email, parsed.data.password);
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          // next-auth passes a thrown message to the client as `error`; the form shows it.
          if (result.reason === "RATE_LIMITED") throw new Error(`RATE_LIMITED:${Math.ceil(result.retryAfterSeconds / 60)}`);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

/** The signed-in user's id, or null. Verified once per request. */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions());
  return session?.user?.id ?? null;
});
