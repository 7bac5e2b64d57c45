# syntax=docker/dockerfile:1
# Build: compile TypeScript (and generate the Prisma client offline).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY src ./src
RUN npm run build

# Runtime: production dependencies, compiled code, migrations and the sample.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production DATA_DIR=/data OPS_CHANNEL=none
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY prisma/migrations ./prisma/migrations
COPY samples ./samples
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# `ops doctor` exits non-zero when the database or an account is broken.
HEALTHCHECK --interval=60s --timeout=20s --start-period=30s --retries=3 CMD ["node", "bin/ops.mjs", "doctor"]
CMD ["node", "bin/ops.mjs", "start"]
