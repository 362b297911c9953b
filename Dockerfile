# The ledger service, on Node 24 (Active LTS; Node 20 reached its end of life on 2026-04-30).
# better-sqlite3 is compiled from source here, so the build stage has a toolchain.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json schema.graphql ./
COPY src ./src
# The stand-alone proof verifier: the tool runs it for `ledger verify-proof`.
COPY verifier ./verifier
COPY dashboard ./dashboard
# npm ci builds the ledger and the dashboard (the package's prepare script), then the dev tools are dropped.
RUN npm ci && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# Inside a container the ledger listens on every interface (outside one, 127.0.0.1 by default).
ENV HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dashboard/dist ./dashboard/dist
COPY package.json ./
COPY public ./public
COPY bin ./bin
COPY verifier ./verifier
# The data folder (ledger, read models, keys, backups, exports) belongs to the unprivileged user only.
RUN mkdir -p /app/data && chown node:node /app/data && chmod 0700 /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
