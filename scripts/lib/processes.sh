# Helpers of scripts/start.sh, sourced (and tested by scripts/tests/).

# wait_for URL SECONDS: until URL answers 2xx/3xx, at most SECONDS. Each try
# has its own time limit: a server that accepts and never answers cannot
# hold us past the deadline.
wait_for() {
  local url=$1 deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    curl -fs -o /dev/null --connect-timeout 2 --max-time 5 "$url" && return 0
    sleep 1
  done
  echo "$url did not answer within $2 s." >&2
  return 1
}

# groups_alive PGID...: true while one of the process groups has a process.
groups_alive() {
  local pgid
  for pgid in "$@"; do
    kill -0 -- "-$pgid" 2>/dev/null && return 0
  done
  return 1
}

# stop_groups GRACE PGID...: SIGTERM each process group, then SIGKILL what
# is still there after GRACE seconds, or at once on a new Ctrl-C.
stop_groups() {
  local grace=$1 pgid force=0
  shift
  trap 'force=1' INT
  for pgid in "$@"; do kill -TERM -- "-$pgid" 2>/dev/null || true; done
  local deadline=$((SECONDS + grace))
  while groups_alive "$@" && ((force == 0 && SECONDS < deadline)); do
    sleep 0.2
  done
  if groups_alive "$@"; then
    echo "Still running after ${grace} s: killing." >&2
    for pgid in "$@"; do kill -KILL -- "-$pgid" 2>/dev/null || true; done
  fi
  trap - INT
}
