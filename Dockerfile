# The plugin image: build dist/ with Node 20, serve it with nginx over TLS on
# 9443 (deploy/nginx.conf), as OpenShift console plugins are served.
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
USER root
WORKDIR /opt/app-root/src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json webpack.config.ts console-extensions.json ./
COPY locales ./locales
COPY src ./src
RUN npm run build

FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY deploy/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /opt/app-root/src/dist /usr/share/nginx/html
USER 1001
EXPOSE 9443
CMD ["nginx", "-g", "daemon off;"]
