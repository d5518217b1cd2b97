"use client";

export { default } from "@/components/ui/error-panel";
