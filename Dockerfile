# Blocksmith's image (docs/deploy.md). Thin on purpose: the build is deploy/build.sh, which CI runs too.
#   docker build -t blocksmith .
#   docker run -p 3000:3000 -v blocksmith-data:/data blocksmith                 embedded: SQLite, one process
#   docker run … blocksmith server | worker                                     scale-out roles (deploy/compose.yaml)
FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles against Node's headers.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY . .
RUN npm ci --no-audit --no-fund && bash deploy/build.sh && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
# tini is PID 1: it passes SIGTERM to node (which drains runs and closes sockets) and reaps children.
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/* && mkdir /data && chown node:node /data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 BLOCKSMITH_DATA_DIR=/data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["tini", "--", "node", "packages/cli/bin/blocksmith.js"]
CMD ["start"]
