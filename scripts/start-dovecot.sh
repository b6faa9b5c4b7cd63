#!/usr/bin/env bash
# Throw-away Dovecot IMAP + LMTP server for careline's email tests (Debian 12, Dovecot 2.3).
# test/support/dovecot.ts runs `start` with a free port pair and its own MAILTEST_DIR, and `stop` after
# the test file; by hand: `MAILTEST_IMAP_PORT=3143 scripts/start-dovecot.sh start` (see docs/email.md).
# Adapted from the research recipe (shared/reference/mailserver/start-dovecot.sh).
#
#   start-dovecot.sh start   render a private config under a temp dir, start the
#                            daemon, wait until IMAP answers, print port + users
#   start-dovecot.sh run     same, but run Dovecot in the foreground (exec -F),
#                            for a supervisor or `... run & pid=$!`
#   start-dovecot.sh stop    stop the instance (by the pid in its master.pid),
#                            wait for it to exit, delete its temp dir
#   start-dovecot.sh status  say whether it is running
#   start-dovecot.sh env     print shell exports for the running instance:
#                            eval "$(start-dovecot.sh env)"
#
# Settings (environment variables, all optional):
#   MAILTEST_IMAP_PORT  IMAP port on 127.0.0.1           (default 3143)
#   MAILTEST_LMTP_PORT  LMTP port on 127.0.0.1           (default 3024)
#   MAILTEST_USERS      "addr:password addr:password"   (default below)
#   MAILTEST_DIR        directory for config/mail/logs  (default: new mktemp -d
#                       under ${TMPDIR:-/tmp}); `stop` finds it by uid + port
#   MAILTEST_MAIL_USER  system user owning the Maildirs when run as root
#                       (default: Debian's "mail" account; Dovecot refuses uid 0)
#   MAILTEST_KEEP=1     `stop` keeps the temp dir (mail + dovecot.log)
#
# Nothing in /etc/dovecot is read or changed. If the package is missing and we
# are root it is installed with apt-get (dovecot-imapd + dovecot-lmtpd); a
# temporary policy-rc.d keeps the package's own service (143/993, all
# interfaces) from being started by that install (MAILTEST_ALLOW_SERVICE_START=1
# skips this). On systemd hosts that service stays enabled for the next boot.
# After `start`, "$MAILTEST_DIR/env" holds shell exports for test harnesses
# (MAILTEST_DIR, MAILTEST_IMAP_HOST, _IMAP_PORT, _LMTP_PORT, _USER, _PASS, _USERS);
# `start-dovecot.sh env` prints them.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMPLATE="$HERE/dovecot.conf.template"
CMD="${1:-start}"
IMAP_PORT="${MAILTEST_IMAP_PORT:-3143}"
LMTP_PORT="${MAILTEST_LMTP_PORT:-3024}"
USERS="${MAILTEST_USERS:-support@example.test:supportpass customer@example.test:customerpass}"
POINTER="${TMPDIR:-/tmp}/mailtest-dovecot-$(id -u)-${IMAP_PORT}.dir"   # remembers the dir for `stop`
MARKER=".mailtest-dovecot"

log() { printf '%s\n' "$*" >&2; }
die() { log "start-dovecot.sh: $*"; exit 1; }
now_ms() { date +%s%3N; }

port_open() {  # port_open PORT -> 0 if something accepts on 127.0.0.1:PORT
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

imap_greets() {  # imap_greets PORT -> 0 if the IMAP greeting "* OK" arrives
  local line=""
  line="$(timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && head -n1 <&3" 2>/dev/null || true)"
  [[ "$line" == "* OK"* ]]
}

ensure_installed() {
  if command -v dovecot >/dev/null 2>&1 && [[ -x /usr/lib/dovecot/lmtp && -x /usr/lib/dovecot/imap ]]; then
    return
  fi
  [[ "$(id -u)" == 0 ]] || die "dovecot is not installed; run as root or: apt-get install -y dovecot-imapd dovecot-lmtpd"
  log "installing dovecot-imapd dovecot-lmtpd with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  # Keep the package's own system service (all interfaces, ports 143/993, PAM logins)
  # from being started by the install: a temporary policy-rc.d, removed right after.
  # Only when none exists; set MAILTEST_ALLOW_SERVICE_START=1 to skip this.
  local policy=/usr/sbin/policy-rc.d made_policy=0
  if [[ "${MAILTEST_ALLOW_SERVICE_START:-0}" != 1 && ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 0755 "$policy" && made_policy=1
  fi
  local rc=0
  { apt-get install -y -q dovecot-imapd dovecot-lmtpd >/dev/null 2>&1 || {
      apt-get update -q >/dev/null && apt-get install -y -q dovecot-imapd dovecot-lmtpd >/dev/null
    }; } || rc=$?
  [[ "$made_policy" == 1 ]] && rm -f "$policy"
  if [[ "$rc" != 0 ]] || ! command -v dovecot >/dev/null 2>&1; then
    die "dovecot install failed (apt-get exit $rc)"
  fi
}

find_dir() {  # the instance dir for this port, or empty
  if [[ -n "${MAILTEST_DIR:-}" ]]; then printf '%s' "$MAILTEST_DIR"; return; fi
  if [[ -f "$POINTER" ]]; then cat "$POINTER"; fi
}

master_pid() {  # master_pid DIR -> pid of the running master, or fail
  local f="$1/run/master.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  printf '%s' "$pid"
}

render() {  # render DIR: write DIR/dovecot.conf and DIR/users
  local dir="$1" login_user internal_user internal_group mail_uid mail_gid mail_user
  [[ -f "$TEMPLATE" ]] || die "template not found: $TEMPLATE"
  if [[ "$(id -u)" == 0 ]]; then
    mail_user="${MAILTEST_MAIL_USER:-mail}"
    id "$mail_user" >/dev/null 2>&1 || die "user $mail_user does not exist (set MAILTEST_MAIL_USER)"
    login_user=dovenull; internal_user=dovecot; internal_group=dovecot
    mail_uid="$(id -u "$mail_user")"; mail_gid="$(id -g "$mail_user")"
    [[ "$mail_uid" != 0 ]] || die "MAILTEST_MAIL_USER must not be root"
  else  # rootless: everything runs as the invoking user
    mail_user="$(id -un)"; login_user="$mail_user"; internal_user="$mail_user"; internal_group="$(id -gn)"
    mail_uid="$(id -u)"; mail_gid="$(id -g)"
  fi
  mkdir -p "$dir/run" "$dir/state" "$dir/mail"
  sed -e "s|@DIR@|$dir|g" \
      -e "s|@INSTANCE@|mailtest-$IMAP_PORT|g" \
      -e "s|@IMAP_PORT@|$IMAP_PORT|g" \
      -e "s|@LMTP_PORT@|$LMTP_PORT|g" \
      -e "s|@LOGIN_USER@|$login_user|g" \
      -e "s|@INTERNAL_USER@|$internal_user|g" \
      -e "s|@INTERNAL_GROUP@|$internal_group|g" \
      -e "s|@MAIL_USER@|$mail_user|g" \
      -e "s|@MAIL_UID@|$mail_uid|g" \
      -e "s|@MAIL_GID@|$mail_gid|g" \
      "$TEMPLATE" >"$dir/dovecot.conf"
  : >"$dir/users"
  local entry addr pass
  for entry in $USERS; do
    addr="${entry%%:*}"; pass="${entry#*:}"
    [[ -n "$addr" && -n "$pass" && "$addr" != "$entry" ]] || die "bad MAILTEST_USERS entry: $entry"
    printf '%s:{PLAIN}%s::::::\n' "${addr,,}" "$pass" >>"$dir/users"
  done
  if [[ "$(id -u)" == 0 ]]; then
    chmod 0755 "$dir"                      # mail processes (uid $mail_user) must traverse it
    chown "$mail_uid:$mail_gid" "$dir/mail"
    chown root:dovecot "$dir/users"; chmod 0640 "$dir/users"
  fi
  touch "$dir/$MARKER"
  # env file for test harnesses
  local first="${USERS%% *}"
  {
    printf 'export MAILTEST_DIR=%q\n' "$dir"
    printf 'export MAILTEST_IMAP_HOST=127.0.0.1\n'
    printf 'export MAILTEST_IMAP_PORT=%q\n' "$IMAP_PORT"
    printf 'export MAILTEST_LMTP_PORT=%q\n' "$LMTP_PORT"
    printf 'export MAILTEST_USER=%q\n' "${first%%:*}"
    printf 'export MAILTEST_PASS=%q\n' "${first#*:}"
    printf 'export MAILTEST_USERS=%q\n' "$USERS"
  } >"$dir/env"
}

print_info() {  # print_info DIR STARTUP_MS|fg
  local dir="$1" entry
  if [[ "$2" == fg ]]; then
    echo "Dovecot test server starting in the foreground (pid $$)"
  else
    echo "Dovecot test server is up (started in ${2} ms)"
  fi
  echo "  IMAP  127.0.0.1:$IMAP_PORT  (plain, no TLS: secure:false; AUTH=PLAIN/LOGIN)"
  echo "  LMTP  127.0.0.1:$LMTP_PORT  (deliver: nodemailer {host,port,lmtp:true})"
  for entry in $USERS; do echo "  user  ${entry%%:*}  password ${entry#*:}"; done
  echo "  dir   $dir   (log: dovecot.log; exports: eval \"\$($0 env)\")"
  echo "  pid   $(master_pid "$dir" || echo $$)   stop: $0 stop"
}

do_start() {  # do_start foreground(0|1)
  local fg="$1" dir t0 pid
  ensure_installed
  local ver; ver="$(dovecot --version | cut -d' ' -f1)"
  [[ "$ver" == 2.3.* ]] || die "this template is for Dovecot 2.3 (Debian 12); found $ver"
  dir="$(find_dir)"
  if [[ -n "$dir" ]] && pid="$(master_pid "$dir")"; then
    die "already running (pid $pid, dir $dir); run: $0 stop"
  fi
  for p in "$IMAP_PORT" "$LMTP_PORT"; do
    port_open "$p" && die "port $p on 127.0.0.1 is already in use"
  done
  if [[ -z "${MAILTEST_DIR:-}" ]]; then
    dir="$(mktemp -d "${TMPDIR:-/tmp}/mailtest.XXXXXX")"
  else
    dir="$MAILTEST_DIR"; mkdir -p "$dir"
  fi
  render "$dir"
  printf '%s\n' "$dir" >"$POINTER"
  dovecot -c "$dir/dovecot.conf" -n >/dev/null || die "config check failed (see above)"
  if [[ "$fg" == 1 ]]; then
    print_info "$dir" fg >&2
    exec dovecot -F -c "$dir/dovecot.conf"
  fi
  t0="$(now_ms)"
  # The daemon inherits our stdio; detach it, or `out=$(start-dovecot.sh start)` and
  # `start-dovecot.sh start | tee` never see EOF while Dovecot runs.
  dovecot -c "$dir/dovecot.conf" </dev/null >/dev/null 2>>"$dir/dovecot.stderr" \
    || { cat "$dir/dovecot.stderr" >&2; die "dovecot failed to start; see $dir/dovecot.log"; }
  local deadline=$(( $(now_ms) + 10000 ))
  while (( $(now_ms) < deadline )); do
    imap_greets "$IMAP_PORT" && port_open "$LMTP_PORT" && break
    sleep 0.05
  done
  imap_greets "$IMAP_PORT" || { tail -n 20 "$dir/dovecot.log" >&2 || true; die "IMAP did not answer on $IMAP_PORT"; }
  print_info "$dir" "$(( $(now_ms) - t0 ))"
}

do_stop() {
  local dir pid
  dir="$(find_dir)"
  [[ -n "$dir" && -d "$dir" ]] || { log "no instance recorded for port $IMAP_PORT"; return 0; }
  if pid="$(master_pid "$dir")"; then
    kill -TERM "$pid"
    for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "master $pid still alive after 20 s; sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    # children can hold the listening sockets a moment longer than the master
    for _ in $(seq 1 50); do
      port_open "$IMAP_PORT" || port_open "$LMTP_PORT" || break
      sleep 0.1
    done
    echo "stopped dovecot master pid $pid"
  else
    echo "not running"
  fi
  rm -f "$POINTER" 2>/dev/null || true
  if [[ "${MAILTEST_KEEP:-0}" != 1 && -f "$dir/$MARKER" ]]; then
    rm -rf -- "$dir"
  fi
}

do_status() {
  local dir pid
  dir="$(find_dir)"
  if [[ -n "$dir" ]] && pid="$(master_pid "$dir")"; then
    echo "running: pid $pid, IMAP 127.0.0.1:$IMAP_PORT, LMTP 127.0.0.1:$LMTP_PORT, dir $dir"
  else
    echo "not running"; return 1
  fi
}

case "$CMD" in
  start) do_start 0 ;;
  run) do_start 1 ;;
  stop) do_stop ;;
  status) do_status ;;
  env)
    dir="$(find_dir)"
    if [[ -z "$dir" || ! -f "$dir/env" ]] || ! master_pid "$dir" >/dev/null; then die "not running"; fi
    cat "$dir/env" ;;
  *) die "usage: $0 start|run|stop|status|env" ;;
esac
