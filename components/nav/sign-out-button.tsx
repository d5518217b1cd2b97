import { cookies } from "next/headers";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * Sign out without client JavaScript: a plain form that POSTs to next-auth's sign-out endpoint with its
 * double-submit CSRF token (the `next-auth.csrf-token` cookie is "token|hash"; the form carries the
 * token). next-auth clears the session cookie and redirects to the sign-in page. Without the cookie (a
 * browser restarted since sign-in drops it) the link goes to next-auth's own sign-out page, which sets
 * it and asks once more. Keeping next-auth/react off every signed-in page saves its client bundle.
 */
export async function SignOutButton({ label }: Readonly<{ label: string }>) {
  const csrf = (await cookies())
    .getAll()
    .find((c) => c.name === "next-auth.csrf-token" || c.name === "__Host-next-auth.csrf-token");
  const token = csrf?.value.split("|")[0];
  if (!token)
    return (
      // eslint-disable-next-line @next/next/no-html-link-for-pages -- next-auth's route handler page: a full load, never prefetched
      <a
        href="/api/auth/signout?callbackUrl=%2Fsign-in"
        className={buttonClass("ghost", "sm", "whitespace-nowrap")}
      >
        {label}
      </a>
    );
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={token} />
      <input type="hidden" name="callbackUrl" value="/sign-in" />
      <Button type="submit" variant="ghost" size="sm" className="whitespace-nowrap">
        {label}
      </Button>
    </form>
  );
}
