#!/bin/sh
# Check tremplin.conf.example with `nginx -t`, without touching /etc/nginx
# and without starting nginx: a copy in a temporary directory, with a
# self-signed certificate generated there. Needs nginx and openssl.
#
#   sh devops/nginx/check-example.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/tremplin-nginx-check.XXXXXX)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=tremplin.example.org" \
    -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null

sed -e "s#/etc/letsencrypt/live/tremplin.example.org#$work#g" \
    "$here/tremplin.conf.example" > "$work/tremplin.conf"

mime_types=/etc/nginx/mime.types
[ -f "$mime_types" ] || mime_types=$(dirname "$(command -v nginx)")/../conf/mime.types

cat > "$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
    include $mime_types;
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/tremplin.conf;
}
CONF

nginx -t -q -p "$work" -c "$work/nginx.conf"
echo "tremplin.conf.example: syntax ok, test successful (nginx $(nginx -v 2>&1 | sed 's#.*/##'))"
