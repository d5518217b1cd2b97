"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("workshops");
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {t("summary.print")}
    </Button>
  );
}
