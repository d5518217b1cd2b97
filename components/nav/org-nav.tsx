"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { orgPath } from "@/lib/paths";

type TLink = { href: string; label: string; exact?: boolean };

const isCurrent = (pathname: string, link: TLink) =>
  link.exact ? pathname === link.href : pathname === link.href || pathname.startsWith(`${link.href}/`);

/**
 * The organization's navigation, a disclosure pattern (links in lists, buttons that show and hide them):
 * from 1280 px the main sections sit on one line and the rest under "More"; narrower, one "Menu" button
 * shows every link as a list. Escape closes what is open and gives focus back to its button.
 */
export function OrgNav({
  orgSlug,
  orgName,
  isAdmin,
}: Readonly<{ orgSlug: string; orgName: string; isAdmin: boolean }>) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const base = orgPath(orgSlug);
  const main: TLink[] = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/trends`, label: t("trends") },
    { href: `${base}/teams`, label: t("teams") },
    { href: `${base}/campaigns`, label: t("campaigns") },
    { href: `${base}/workshops`, label: t("workshops") },
  ];
  const more: TLink[] = [
    { href: `${base}/models`, label: t("model") },
    { href: `${base}/members`, label: isAdmin ? t("membersAndInvites") : t("members") },
    { href: `${base}/api-tokens`, label: t("api") },
    { href: `${base}/digest`, label: t("digest") },
    ...(isAdmin ? [{ href: `${base}/webhooks`, label: t("webhooks") }] : []),
  ];
  const [menuOpen, setMenuOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const moreItem = useRef<HTMLLIElement>(null);

  // A navigation closes what was open: the next page starts with the menus folded.
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setMenuOpen(false);
    setMoreOpen(false);
  }

  useEffect(() => {
    if (!moreOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!moreItem.current?.contains(event.target as Node)) setMoreOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [moreOpen]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    if (moreOpen) {
      setMoreOpen(false);
      moreButton.current?.focus();
    } else if (menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };

  const linkClass = (active: boolean) =>
    clsx(
      "block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600",
      active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
    );
  const item = (link: TLink) => {
    const active = isCurrent(pathname, link);
    return (
      <li key={link.href}>
        <Link href={link.href} aria-current={active ? "page" : undefined} className={linkClass(active)}>
          {link.label}
        </Link>
      </li>
    );
  };
  const moreActive = more.some((link) => isCurrent(pathname, link));

  return (
    <nav aria-label={t("orgNavigation", { org: orgName })} className="relative" onKeyDown={onKeyDown}>
      <div className="flex items-center gap-2">
        <span className="mr-2 truncate text-sm font-semibold text-slate-900">{orgName}</span>
        <button
          ref={menuButton}
          type="button"
          aria-expanded={menuOpen}
          aria-controls="org-nav-links"
          onClick={() => setMenuOpen((open) => !open)}
          className="ml-auto rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 xl:hidden"
        >
          {t("menu")}
          <span aria-hidden="true"> {menuOpen ? "▴" : "▾"}</span>
        </button>
        <ul
          id="org-nav-links"
          className={clsx(
            "xl:flex xl:flex-row xl:items-center xl:gap-1",
            menuOpen
              ? "absolute left-0 right-0 top-full z-30 mt-2 flex flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg xl:static xl:mt-0 xl:border-0 xl:p-0 xl:shadow-none"
              : "hidden",
          )}
        >
          {main.map(item)}
          <li ref={moreItem} className="xl:relative">
            <button
              ref={moreButton}
              type="button"
              aria-expanded={moreOpen}
              aria-controls="org-nav-more"
              onClick={() => setMoreOpen((open) => !open)}
              className={clsx(linkClass(moreActive && !moreOpen), "hidden xl:block")}
            >
              {t("more")}
              <span aria-hidden="true"> {moreOpen ? "▴" : "▾"}</span>
            </button>
            <ul
              id="org-nav-more"
              className={clsx(
                "flex flex-col gap-1 border-t border-slate-200 pt-1 xl:absolute xl:right-0 xl:top-full xl:z-30 xl:mt-1 xl:w-56 xl:rounded-md xl:border xl:bg-white xl:p-1 xl:shadow-lg",
                !moreOpen && "xl:hidden",
              )}
            >
              {more.map(item)}
            </ul>
          </li>
        </ul>
      </div>
    </nav>
  );
}
