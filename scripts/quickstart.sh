#!/usr/bin/env bash
# Start Herald locally in dry-run mode: makes sure Redis answers (starts redis-server if it
# is installed), uses a development webhook secret unless you set one, and runs `herald serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
redis_up() {
  (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && IFS= read -r -t 2 line <&3 && [[ $line == +PONG* ]]) 2>/dev/null
}
if [[ -z "${REDIS_URL:-}" ]] && ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "quickstart: starting redis-server on 127.0.0.1:6379"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    for _ in $(seq 1 50); do redis_up && break; sleep 0.2; done
  else
    echo "quickstart: Redis is not running and redis-server is not installed."
    echo "  Install it (apt-get install redis-server / brew install redis) or run: docker compose up -d redis"
    exit 1
  fi
fi
if [[ -z "${HERALD_WEBHOOK_SECRET:-}" && -z "${HERALD_WEBHOOK_SECRET_FILE:-}" ]]; then
  export HERALD_WEBHOOK_SECRET=dev-secret-change-me
  echo "quickstart: HERALD_WEBHOOK_SECRET=dev-secret-change-me (set your own for anything but a local trial)"
fi
exec node --max-old-space-size=192 dist/src/cli/herald.js serve "$@"
