# The Keyturn BFF (serving the console) as an image: the build stage makes the same production bundle
# the tests start (`pnpm --filter @keyturn/bff bundle`), the runtime stage runs it as a non-root user
# with nothing else of the repository. See docs/production.md.

FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN npm install --global pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @keyturn/bff bundle

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    KEYTURN_BFF_HOST=0.0.0.0 \
    KEYTURN_BFF_PORT=8080 \
    KEYTURN_DATA_DIR=/var/lib/keyturn
WORKDIR /app
# The bundle belongs to root and is read-only to the server; only the data folder is its own.
COPY --from=build /src/apps/bff/dist/ /app/
RUN mkdir -p /var/lib/keyturn && chown node:node /var/lib/keyturn
USER node
EXPOSE 8080
# Liveness only: whether a replica takes traffic is the load balancer's /readyz probe.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains (readiness 503, in-flight requests finish) within KEYTURN_SHUTDOWN_DEADLINE_MS.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "server.js"]
