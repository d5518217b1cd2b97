# syntax=docker/dockerfile:1
# Stepwise container images (see README "Deploying to Kubernetes"):
#   docker build -t stepwise .                          # the web server (default target: runner)
#   docker build --target migrate -t stepwise-migrate . # one-shot migrations + model sync (Job)
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies (install scripts as approved in package.json "allowScripts"; postinstall generates Prisma).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma.mjs ./scripts/prisma.mjs
RUN npm ci && npm cache clean --force

# 2. Production build with Next.js standalone output.
FROM deps AS builder
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# 3. Migration image: the full toolchain (Prisma CLI, tsx), run once per release by the Job.
FROM deps AS migrate
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --chown=1000:1000 . .
USER 1000:1000
CMD ["node", "node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/release.ts"]

# 4. Runtime: only the standalone server, static assets and public files; no build tools, non-root.
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NEXT_MANUAL_SIG_HANDLE=true
COPY --from=builder --chown=1000:1000 /app/.next/standalone ./
COPY --from=builder --chown=1000:1000 /app/.next/static ./.next/static
COPY --from=builder --chown=1000:1000 /app/public ./public
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# NEXT_MANUAL_SIG_HANDLE=true: SIGTERM is handled by lib/observability/graceful-shutdown.ts
# (drain requests, close SSE streams and the database pool, then exit).
CMD ["node", "server.js"]
