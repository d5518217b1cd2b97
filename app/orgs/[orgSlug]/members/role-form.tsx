"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ORG_ROLES, type TOrgRole } from "@/lib/authz/roles";
import { updateRoleAction } from "./actions";

export function RoleForm({
  orgSlug,
  userId,
  name,
  role,
}: Readonly<{ orgSlug: string; userId: string; name: string; role: TOrgRole }>) {
  const t = useTranslations("admin.members");
  const tc = useTranslations("common");
  const [state, action, isPending] = useActionState(updateRoleAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="sr-only">
        {t("roleOf", { name })}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {tc(`roles.${r}`)}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        {t("save")}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
