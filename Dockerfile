# VDK Dashboard: the static build served by an unprivileged nginx with deploy/nginx.conf.
#
#   docker build -t vdk-dashboard .
#   docker run -p 8080:8080 -e VDK_CONTROL_SERVICE=http://vdk-control-service:8092 -e VDK_BASE_PATH=/console \
#     -e VDK_OIDC_AUTHORITY=https://sso.example.com/realms/data -e VDK_OIDC_CLIENT_ID=vdk-dashboard vdk-dashboard
#
# Settings are environment variables, checked at start (deploy/container/start.sh lists them); a bad one stops
# the container with a message naming it. Kubernetes manifests: deploy/kubernetes/.

FROM node:26-bookworm-slim AS build
WORKDIR /src
# better-sqlite3 (the local Control Service, a dev dependency) compiles when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build --logLevel warn && rm -rf dist/.vite

# Debian's nginx, the one the tests run (deploy/container/start.test.ts, the nginx e2e project).
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends nginx gettext-base \
  && rm -rf /var/lib/apt/lists/* && useradd --system --uid 101 --no-create-home --shell /usr/sbin/nologin vdk
COPY --from=build /src/dist /usr/share/vdk-dashboard
COPY deploy/nginx.conf /etc/vdk-dashboard/nginx.conf.template
COPY deploy/container/nginx-main.conf /etc/vdk-dashboard/nginx-main.conf
COPY deploy/container/start.sh /usr/local/bin/vdk-dashboard-start
# Unprivileged: start.sh and nginx write only under /tmp.
USER 101
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/vdk-dashboard-start"]
