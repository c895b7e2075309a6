#!/usr/bin/env bash
# Start Herald locally in dry-run mode: makes sure Redis answers (starts redis-server if it
# is installed), uses a development webhook secret unless you set one, runs `herald serve`,
# and once Herald answers prints the one command that sends it an example alert.
set -euo pipefail
cd "$(dirname "$0")/.."
redis_up() {
  (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && IFS= read -r -t 2 line <&3 && [[ $line == +PONG* ]]) 2>/dev/null
}
herald_up() { # GET /healthz on 127.0.0.1:$1 answers 200
  (exec 3<>/dev/tcp/127.0.0.1/"$1" && printf 'GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && IFS= read -r -t 2 line <&3 && [[ $line == *" 200 "* ]]) 2>/dev/null
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
own_secret=1
if [[ -z "${HERALD_WEBHOOK_SECRET:-}" && -z "${HERALD_WEBHOOK_SECRET_FILE:-}" ]]; then
  export HERALD_WEBHOOK_SECRET=dev-secret-change-me   # = QUICKSTART_SECRET in src/cli/try-command.ts
  own_secret=0
  echo "quickstart: HERALD_WEBHOOK_SECRET=dev-secret-change-me (set your own for anything but a local trial)"
fi
port="${PORT:-3000}"

node --max-old-space-size=192 dist/src/cli/herald.js serve "$@" &
herald=$!
trap 'kill -TERM "$herald" 2>/dev/null || true' INT TERM

for _ in $(seq 1 300); do
  kill -0 "$herald" 2>/dev/null || break
  if herald_up "$port"; then
    try="npx herald try"
    [[ "$port" != 3000 ]] && try+=" --url http://127.0.0.1:$port"
    echo
    echo "quickstart: Herald is up on http://127.0.0.1:$port. Send it an example alert from another terminal:"
    echo
    echo "    $try"
    echo
    if [[ $own_secret == 1 ]]; then echo "  (with HERALD_WEBHOOK_SECRET set to the same secret)"; fi
    if [[ -z "${SLACK_BOT_TOKEN:-}${SLACK_BOT_TOKEN_FILE:-}" ]]; then
      echo "  Dry-run mode (no SLACK_BOT_TOKEN): the log below shows each Slack message Herald would post (\"dry-run: would call Slack\")."
    else
      echo "  The alert goes to your Slack workspace (channels from config/rules.yaml)."
    fi
    echo "  Other examples: $try --list.   Stop Herald: Ctrl-C."
    echo
    break
  fi
  sleep 0.2
done

# A trapped signal interrupts `wait`; keep waiting through Herald's graceful shutdown, then take
# its exit status (bash remembers the status of a child that has finished).
wait "$herald" || true
while kill -0 "$herald" 2>/dev/null; do wait "$herald" || true; done
status=0
wait "$herald" || status=$?
exit "$status"
