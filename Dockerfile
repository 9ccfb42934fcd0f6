# Multi-stage build: compile everything, then a slim runtime with production
# dependencies only, running as a non-root user.
# Node 26: the current LTS line (package.json engines: 24 and 26; .ci/run tests on it).
# The workspace manifests and the Prisma schema: what `npm ci` needs, in both stages.
FROM node:26-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
COPY packages/heatmap/package.json packages/heatmap/
COPY prisma prisma

FROM manifests AS build
RUN npm ci
COPY . .
RUN npm run build

FROM manifests AS runtime
ENV NODE_ENV=production PORT=3000
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/packages/shared/dist packages/shared/dist
COPY --from=build /app/packages/heatmap/dist packages/heatmap/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
