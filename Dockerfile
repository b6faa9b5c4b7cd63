# careline: one image for the app and the worker.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
COPY prisma.config.ts ./
# dev dependencies are not needed at run time (tsx runs the sources); postinstall generates the Prisma client
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
USER node
EXPOSE 3978
CMD ["node", "bin/careline.mjs", "start", "--no-worker"]
