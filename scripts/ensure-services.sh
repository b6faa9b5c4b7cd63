#!/usr/bin/env bash
# Makes sure the PostgreSQL and Redis that careline's tests and quickstart use are up on this machine:
# starts them with the machine's own commands if they are installed but stopped, installs them from
# Debian's packages if they are missing, and fails loudly (exit 1) when either stays unreachable.
set -uo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}

pg_up() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }
redis_up() { [ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

if ! pg_up; then
  command -v pg_ctlcluster >/dev/null || { echo "installing PostgreSQL (Debian package)"; apt_install postgresql; }
  for version in $(ls /etc/postgresql 2>/dev/null); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
if ! pg_up; then
  echo "FATAL: PostgreSQL is not reachable at $PGHOST:$PGPORT. careline's tests need it (trust auth for user postgres)." >&2
  exit 1
fi
# The tests connect as postgres without a password and create databases.
if ! psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -Atc 'SELECT 1' >/dev/null 2>&1; then
  echo "FATAL: PostgreSQL at $PGHOST:$PGPORT does not let user postgres in without a password (trust auth expected)." >&2
  exit 1
fi

if ! redis_up; then
  command -v redis-server >/dev/null || { echo "installing Redis (Debian package)"; apt_install redis-server redis-tools; }
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do redis_up && break; sleep 1; done
fi
if ! redis_up; then
  echo "FATAL: Redis is not reachable at $REDIS_HOST:$REDIS_PORT. careline needs it for queues and timers." >&2
  exit 1
fi

echo "services: PostgreSQL $PGHOST:$PGPORT and Redis $REDIS_HOST:$REDIS_PORT are up"
