#!/usr/bin/env bash
# Serves a publication on loopback with persondata.conf — for the end-to-end tests and the benchmark.
# Only the paths and the port are changed; everything else is the shipped configuration.
# Usage: deploy/nginx/serve-local.sh <publication folder> <port> [plain]
#   plain: serve the same files with a bare default configuration instead (the benchmark's baseline).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$1" && pwd)
port=$2
mode=${3:-ours}
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

if ! command -v nginx >/dev/null || [ ! -f "$brotli_module" ]; then
  echo "Installing Debian's nginx and its brotli_static module…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >&2
fi

work=$(mktemp -d)
mkdir -p "$work/tmp"
if [ "$mode" = plain ]; then
  printf 'server {\n  listen 127.0.0.1:%s;\n  root %s;\n}\n' "$port" "$root" > "$work/site.conf"
else
  sed -e "s|/srv/persondata/out|$root|" \
      -e "s|listen 80;|listen 127.0.0.1:$port;|" \
      -e "s|/etc/nginx/persondata/|$here/|" \
      "$here/persondata.conf" > "$work/site.conf"
fi
cat > "$work/nginx.conf" <<CONF
load_module $brotli_module;
worker_processes ${NGINX_WORKERS:-1};
daemon off;
pid $work/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  include $work/site.conf;
}
CONF
exec nginx -p "$work" -c "$work/nginx.conf"
