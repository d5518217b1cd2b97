/**
 * A local mail catcher: a real SMTP server (smtp-server) that keeps every mail in memory, plus a small
 * web page listing them. `npm run dev` / `npm start` start it when SMTP_URL is unset; the test harness
 * starts one per run and the tests read what was delivered (`/api/mails` as JSON, or `mails` in-process).
 * Both listen on 127.0.0.1 only, on free ports unless told otherwise.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TCaughtMail = {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Raw header lines by lower-case name (one line per name; the last wins), e.g. "list-unsubscribe". */
  headers: Record<string, string>;
};

export type TMailCatcher = {
  smtpUrl: string;
  webUrl: string;
  mails: TCaughtMail[];
  /** Resolves with the first mail (already caught or still to come) that matches, or rejects after `timeoutMs`. */
  waitFor(match: (mail: TCaughtMail) => boolean, timeoutMs?: number): Promise<TCaughtMail>;
  stop(): Promise<void>;
};

const MAX_MAILS = 500;
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(title: string, body: string) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2937}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e5e7eb}pre{white-space:pre-wrap;background:#f9fafb;padding:1rem}
iframe{width:100%;height:28rem;border:1px solid #e5e7eb}</style></head><body>${body}</body></html>`;
}

function listPage(mails: TCaughtMail[]) {
  const rows = [...mails]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to.join(", "))}</td><td><a href="/mail/${m.id}">${escapeHtml(m.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("");
  return page(
    "Stepwise mail catcher",
    `<h1>Stepwise mail catcher</h1><p>Every mail the app sent since this process started (newest first; kept in memory only). Reload to see new ones.</p>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">No mail yet.</td></tr>'}</tbody></table>`,
  );
}

function mailPage(m: TCaughtMail) {
  return page(
    m.subject,
    `<p><a href="/">← all mail</a></p><h1>${escapeHtml(m.subject)}</h1>
<p>From ${escapeHtml(m.from)} to ${escapeHtml(m.to.join(", "))}, ${escapeHtml(m.receivedAt)}</p>
<h2>HTML part</h2><iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(m.html)}"></iframe>
<h2>Plain-text part</h2><pre>${escapeHtml(m.text)}</pre>`,
  );
}

export async function startMailCatcher(
  options: { smtpPort?: number; webPort?: number; log?: (line: string) => void } = {},
): Promise<TMailCatcher> {
  const mails: TCaughtMail[] = [];
  const waiters = new Set<{ match: (m: TCaughtMail) => boolean; resolve: (m: TCaughtMail) => void }>();
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    banner: "Stepwise mail catcher",
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: TCaughtMail = {
            id: nextId++,
            receivedAt: new Date().toISOString(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: Object.fromEntries(
              parsed.headerLines.map((h) => [
                h.key,
                h.line
                  .slice(h.line.indexOf(":") + 1)
                  .replace(/\r?\n/g, "")
                  .trim(),
              ]),
            ),
          };
          mails.push(mail);
          if (mails.length > MAX_MAILS) mails.shift();
          options.log?.(`mail to ${mail.to.join(", ")}: ${mail.subject}`);
          for (const w of waiters) {
            if (w.match(mail)) {
              waiters.delete(w);
              w.resolve(mail);
            }
          }
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  smtp.on("error", (err) => options.log?.(`mail catcher SMTP error: ${err.message}`));

  const web: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    if (url.pathname === "/api/mails") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return send(
        200,
        "application/json",
        JSON.stringify(to ? mails.filter((m) => m.to.some((a) => a.toLowerCase() === to)) : mails),
      );
    }
    const one = /^\/mail\/(\d+)$/.exec(url.pathname);
    if (one) {
      const mail = mails.find((m) => m.id === Number(one[1]));
      return mail
        ? send(200, "text/html; charset=utf-8", mailPage(mail))
        : send(404, "text/plain", "No such mail.");
    }
    if (url.pathname === "/") return send(200, "text/html; charset=utf-8", listPage(mails));
    send(404, "text/plain", "Not found.");
  });

  await new Promise<void>((resolve) => smtp.listen(options.smtpPort ?? 0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => web.listen(options.webPort ?? 0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const webPort = (web.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    mails,
    waitFor(match, timeoutMs = 10_000) {
      const found = mails.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no matching mail within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      web.closeAllConnections();
      await new Promise<void>((resolve) => web.close(() => resolve()));
    },
  };
}
