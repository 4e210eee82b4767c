#!/usr/bin/env bash
# Serves a publication on loopback with persondata.conf — for the end-to-end tests and the benchmark.
# Only paths, ports and the certificate change; everything else is the shipped configuration:
#   <port>        the HTTPS server's site over plain HTTP, so browsers and load tools need no certificate
#                 (nginx then sends no HSTS, as over any plain connection)
#   <https port>  the same server over TLS and HTTP/2, with a self-signed certificate made at each start
#   <http port>   the plain-HTTP server, which redirects to <https port>
# Usage: deploy/nginx/serve-local.sh <publication folder> <port> [<https port> <http port> | plain]
#   The HTTPS and HTTP ports default to <port> + 2 and <port> + 3.
#   plain: serve the same files with a bare default configuration instead (the benchmark's baseline).
# NGINX_WORK_DIR: the folder for the configuration, certificate and logs (default: a new temporary one).
# Like Debian's nginx.conf, the http level keeps an access log ($NGINX_WORK_DIR/access.log), so what the
# shipped configuration records of readers is what a test of it reads.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$1" && pwd)
port=$2
mode=ours
https_port=$((port + 2))
http_port=$((port + 3))
if [ "${3:-}" = plain ]; then
  mode=plain
elif [ -n "${3:-}" ]; then
  https_port=$3
  http_port=${4:?give both the HTTPS and the HTTP port}
fi
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

if ! command -v nginx >/dev/null || [ ! -f "$brotli_module" ] || ! command -v openssl >/dev/null; then
  echo "Installing Debian's nginx, its brotli_static module and openssl…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static openssl >&2
fi

work=${NGINX_WORK_DIR:-$(mktemp -d)}
mkdir -p "$work/tmp" "$work/tls"
if [ "$mode" = plain ]; then
  printf 'server {\n  listen 127.0.0.1:%s;\n  root %s;\n  access_log off;\n}\n' "$port" "$root" > "$work/site.conf"
else
  # A certificate for 127.0.0.1, valid for two days; it is its own chain.
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/tls/privkey.pem" -out "$work/tls/fullchain.pem" 2>/dev/null
  cp "$work/tls/fullchain.pem" "$work/tls/chain.pem"
  sed -e "s|/srv/persondata/current|$root|" \
      -e "s|/etc/nginx/persondata/|$here/|" \
      -e "s|/etc/ssl/persondata/|$work/tls/|" \
      -e "/listen \[::\]/d" \
      -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
      -e "s|listen 443 ssl http2;|listen 127.0.0.1:$port; listen 127.0.0.1:$https_port ssl http2;|" \
      -e "s|return 301 https://\$host\$request_uri;|return 301 https://\$host:$https_port\$request_uri;|" \
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
  access_log $work/access.log;
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
