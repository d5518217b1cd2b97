/**
 * Outgoing mail through SMTP (nodemailer), configured by SMTP_URL and MAIL_FROM. `npm run dev` and
 * `npm start` start a local mail catcher and set SMTP_URL when it is unset (scripts/lib/mail-catcher.ts).
 * Callers send after their transaction commits, and a failed delivery never undoes the change: it is
 * logged (without the mail's link) and reported back as `false`.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { TMailContent } from "./templates";

let transport: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** Extra header lines of a mail (e.g. List-Unsubscribe for digests). */
export type TMailHeaders = Readonly<Record<string, string>>;

/** Whether the app can send mail (SMTP_URL is set). */
export const mailConfigured = (): boolean => Boolean(env().SMTP_URL);

/** Sends one mail; true when the SMTP server accepted it. Never throws. */
export async function sendMail(to: string, content: TMailContent, headers?: TMailHeaders): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    logger.warn({ subject: content.subject }, "mail not sent: SMTP_URL is not set");
    return false;
  }
  try {
    await transporter(SMTP_URL).sendMail({
      from: MAIL_FROM,
      to,
      ...content,
      ...(headers ? { headers } : {}),
    });
    logger.info({ subject: content.subject }, "mail sent");
    return true;
  } catch (err) {
    logger.error(
      { err: err instanceof Error ? err.message : String(err), subject: content.subject },
      "mail delivery failed",
    );
    return false;
  }
}
