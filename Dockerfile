# saraban: the inbox service and its workers (see docker-compose.yml).
# Node 20 on Debian slim, the same runtime as development and CI.

FROM node:20-bookworm-slim AS build
# Compilers only matter if a native module (better-sqlite3) has no prebuilt binary for the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.json ./
COPY schemas ./schemas
COPY pipeline ./pipeline
COPY workers ./workers
COPY archive ./archive
COPY cli ./cli
COPY tools ./tools
# npm ci runs the "prepare" script, which compiles TypeScript to dist/.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
# Two malloc arenas bound the OCR workers' memory (see cli/main.ts).
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    SARABAN_INBOX=/srv/saraban/inbox \
    SARABAN_OUTBOX=/srv/saraban/outbox \
    SARABAN_QUARANTINE=/srv/saraban/quarantine \
    SARABAN_DATA=/srv/saraban/data \
    SARABAN_HTTP_HOST=0.0.0.0 \
    SARABAN_HTTP_PORT=8080
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /srv/saraban && chown node:node /srv/saraban
USER node
EXPOSE 8080
# SIGTERM lets running jobs finish; compose gives it time (stop_grace_period).
CMD ["node", "dist/cli/main.js", "serve"]
