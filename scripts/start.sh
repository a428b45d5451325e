#!/usr/bin/env bash
# `make start`: install what is missing, create the site if needed, then run
# the mail catcher, Plone and Volto until Ctrl-C, which stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."

BACKEND_URL=http://127.0.0.1:8080/Plone
FRONTEND_URL=http://127.0.0.1:3000
started=$(date +%s)

for port in 8080 3000 8025; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use: stop what runs there (an earlier 'make start'?)." >&2
    exit 1
  fi
done

make -C backend --no-print-directory site
make -C frontend --no-print-directory build

# shellcheck source=lib/processes.sh
source scripts/lib/processes.sh
STOP_GRACE_SECONDS=${STOP_GRACE_SECONDS:-15}

set -m  # each job in its own process group, so stopping one stops its children
jobs_started=()
stop_all() {
  trap - TERM EXIT
  # Ctrl-C also ends a `| tee` reading our output: a failed echo must not
  # stop us before the servers are stopped.
  trap '' PIPE
  printf '\nStopping Tremplin… (Ctrl-C again to stop at once)\n' 2>/dev/null || true
  stop_groups "$STOP_GRACE_SECONDS" "${jobs_started[@]}" || true
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

mkdir -p backend/instance/var/log
make -C backend --no-print-directory mail-catcher >backend/instance/var/log/mail-catcher.log 2>&1 &
jobs_started+=($!)
make -C backend --no-print-directory serve &
jobs_started+=($!)
make -C frontend --no-print-directory start PORT=3000 BACKEND_URL="$BACKEND_URL" &
jobs_started+=($!)

wait_for "$BACKEND_URL/++api++" 120
wait_for "$FRONTEND_URL/fr" 120

cat <<BANNER

  Tremplin is running (ready in $(($(date +%s) - started)) s). Ctrl-C stops everything.

    Site (Volto)        $FRONTEND_URL
    Plone REST API      $BACKEND_URL/++api++
    Mail catcher        127.0.0.1:8025  ->  make mails

  Demo accounts (development only), password: Demo-Tremplin-2026
    awa             Awa NDIAYE, Délices Tropicaux du Sénégal    (company representative)
    ahmed           Ahmed BENALI, EduNova Maroc                 (company representative)
    aminata         Aminata KONÉ, Akwaba Mode Éthique           (company representative)
    moderateur      OIF moderation                              (moderator)
    administrateur  OIF administration                          (site administrator)
  $(backend/.venv/bin/python backend/scripts/render_instance.py --describe-admin)

BANNER

wait -n "${jobs_started[@]}"  # one of them stopped on its own: stop the others
