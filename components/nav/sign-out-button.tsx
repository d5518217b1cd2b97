"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label = "Sign out" }: Readonly<{ label?: string }>) {
  return (
    <Button
      variant="ghost"
      size="sm"
      className="whitespace-nowrap"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
    >
      {label}
    </Button>
  );
}
