/**
 * What a systemd boot gives the programs of a distro, as far as the product depends on it: `/run/systemd/system`
 * (systemd's `sd_booted()` test), a `systemctl` and a `journalctl`. PID 1 (`distro-init.ts`) mounts a fresh tmpfs on
 * `/run` and bind-mounts these two scripts over `/usr/bin/systemctl` and `/usr/bin/journalctl`, only when the
 * instance boots with systemd. They are POSIX sh because they run inside the distro (busybox has no perl); the
 * manager's state lives under `/run/systemd/twin`, so it ends with the instance, as systemd's does.
 *
 * Modelled from systemd.unit(5) ("Unit File Load Path", drop-in directories), systemd.service(5) (`ExecStart=`:
 * an empty assignment resets the list; more than one only for `Type=oneshot`; `Type=simple|notify`), systemctl(1)
 * (`start`, `stop`, `restart`, `is-active`, `enable` with its implicit reload, `daemon-reload`, `show`) and the
 * texts systemctl prints (systemd `src/shared/bus-wait-for-jobs.c` `log_job_error_with_service_result`; the
 * changed-on-disk warning of `src/systemctl/systemctl-util.c` `warn_unit_file_changed`). What is left out is listed
 * in tools/twin/README.md ("Not modelled").
 */

/** `systemctl` inside a systemd-booted twin distro. */
export const SYSTEMCTL_SCRIPT = String.raw`#!/bin/sh
# systemctl stand-in of the wsl-ready twin (tools/twin/src/wsl/systemd.ts): units of type service only.
set -u
state=/run/systemd/twin
# systemd.unit(5), system manager: /etc first, then /run, then the vendor directories.
search='/etc/systemd/system /run/systemd/system /usr/local/lib/systemd/system /lib/systemd/system /usr/lib/systemd/system'
service_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

err() { printf '%s\n' "$*" >&2; }

unit_name() {
  case $1 in
    *.*) printf '%s\n' "$1" ;;
    *) printf '%s.service\n' "$1" ;;
  esac
}

# The unit's fragment: the first file of that name along the search path.
fragment() {
  for d in $search; do
    if [ -f "$d/$1" ]; then printf '%s\n' "$d/$1"; return 0; fi
  done
  return 1
}

# Drop-ins <unit>.d/*.conf of every directory; a name in an earlier directory masks the same name in a later one;
# the survivors are applied in lexical order of their names, whatever directory they are in.
dropins() {
  seen=' '
  for d in $search; do
    for f in "$d/$1.d"/*.conf; do
      [ -f "$f" ] || continue
      b=$(basename "$f")
      case $seen in *" $b "*) continue ;; esac
      seen="$seen$b "
      printf '%s\t%s\n' "$b" "$f"
    done
  done | LC_ALL=C sort | cut -f2
}

# The unit's definition as systemd would load it now: the fragment, then each drop-in, each after a "# path" line.
definition() {
  frag=$(fragment "$1") || return 1
  printf '# %s\n' "$frag"
  cat "$frag"
  printf '\n'
  dropins "$1" | while IFS= read -r f; do
    printf '# %s\n' "$f"
    cat "$f"
    printf '\n'
  done
}

# Load a unit the manager has not loaded yet (as a reference to it does); a loaded unit keeps its definition
# until daemon-reload. Fails when no fragment exists (systemd retries such a unit on the next reference).
load() {
  dir=$state/units/$1
  [ -f "$dir/loaded" ] && return 0
  text=$(definition "$1") || return 1
  mkdir -p "$dir"
  printf '%s\n' "$text" > "$dir/loaded"
}

needs_reload() {
  [ -f "$state/units/$1/loaded" ] || return 1
  now=$(definition "$1") || return 0
  [ "$now" != "$(cat "$state/units/$1/loaded")" ]
}

warn_changed() {
  if needs_reload "$1"; then
    err "Warning: The unit file, source configuration file or drop-ins of $1 changed on disk. Run 'systemctl daemon-reload' to reload units."
  fi
}

# [Service] settings of the loaded definition: "type=…", "count=N", then "exec=…" per command.
service_settings() {
  awk '
    /^[ \t]*[#;]/ { next }
    /^[ \t]*\[/ { section = $0; gsub(/[][ \t]/, "", section); next }
    section != "Service" { next }
    {
      line = $0
      if (match(line, /^[ \t]*[A-Za-z]+[ \t]*=/) == 0) next
      key = substr(line, 1, RLENGTH); sub(/=$/, "", key); gsub(/[ \t]/, "", key)
      value = substr(line, RLENGTH + 1); sub(/^[ \t]+/, "", value); sub(/[ \t]+$/, "", value)
      if (key == "Type") type = value
      if (key == "ExecStart") { if (value == "") n = 0; else cmd[++n] = value }
    }
    END {
      print "type=" (type == "" ? "simple" : type)
      print "count=" (n + 0)
      for (i = 1; i <= n; i++) print "exec=" cmd[i]
    }
  ' "$state/units/$1/loaded"
}

# A command line split as systemd.service(5) "Command lines" says: words at blanks, "…" and '…' quote, a backslash
# escapes the next character; one word per output line (no variable or specifier expansion).
split_words() {
  awk '{
    word = ""; have = 0; quote = ""
    for (i = 1; i <= length($0); i++) {
      c = substr($0, i, 1)
      if (c == "\\" && i < length($0)) { i++; word = word substr($0, i, 1); have = 1; continue }
      if (quote != "") { if (c == quote) quote = ""; else word = word c; continue }
      if (c == "\"" || c == "'\''") { quote = c; have = 1; continue }
      if (c == " " || c == "\t") { if (have) print word; word = ""; have = 0; continue }
      word = word c; have = 1
    }
    if (have) print word
  }'
}

main_pid() { cat "$state/units/$1/main.pid" 2>/dev/null || echo 0; }

is_running() {
  dir=$state/units/$1
  [ -s "$dir/main.pid" ] && [ ! -e "$dir/exit" ] && kill -0 "$(cat "$dir/main.pid")" 2>/dev/null
}

active_state() {
  if is_running "$1"; then echo active
  elif [ -e "$state/units/$1/failed" ]; then echo failed
  else echo inactive
  fi
}

job_failed() {
  case $2 in
    exit-code) why='the control process exited with error code' ;;
    signal) why='a fatal signal was delivered to the control process' ;;
    timeout) why='a timeout was exceeded' ;;
    protocol) why='the service did not take the steps required by its unit configuration' ;;
  esac
  err "Job for $1 failed because $why."
  err "See \"systemctl status $1\" and \"journalctl -xeu $1\" for details."
  err ''
}

bad_setting() {
  printf '%s\n' "$2" >> "$state/units/$1/journal"
  err "Failed to $3 $1: Unit $1 has a bad unit file setting."
  err "See system logs and 'systemctl status $1' for details."
}

# Start the loaded definition's command as PID 1's grandchild: a clean environment, / as working directory,
# stdin from /dev/null, output to the unit's journal, its own session; a supervisor records its exit status as
# systemd would see it. Type=notify waits for READY=1 (written to $NOTIFY_SOCKET, here a file), Type=simple
# for nothing.
start_unit() {
  name=$1
  verb=$2
  if ! load "$1"; then err "Failed to $verb $1: Unit $1 not found."; return 5; fi
  is_running "$1" && return 0
  settings=$(service_settings "$1")
  type=$(printf '%s\n' "$settings" | sed -n 's/^type=//p')
  count=$(printf '%s\n' "$settings" | sed -n 's/^count=//p')
  if [ "$count" -eq 0 ]; then
    bad_setting "$1" "$1: Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing." "$verb"
    return 1
  fi
  if [ "$count" -gt 1 ] && [ "$type" != oneshot ]; then
    bad_setting "$1" "$1: Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing." "$verb"
    return 1
  fi
  command=$(printf '%s\n' "$settings" | sed -n 's/^exec=//p' | head -n 1)
  dir=$state/units/$1
  rm -f "$dir/main.pid" "$dir/exit" "$dir/notify" "$dir/failed"
  : > "$dir/notify"
  # shellcheck disable=SC2016
  supervise='dir=$1; shift; "$@" & echo "$!" > "$dir/main.pid.new"; mv "$dir/main.pid.new" "$dir/main.pid"; wait "$!"; echo "$?" > "$dir/exit"'
  set --
  while IFS= read -r word; do set -- "$@" "$word"; done <<EOF
$(printf '%s\n' "$command" | split_words)
EOF
  (cd / && exec env -i PATH="$service_path" NOTIFY_SOCKET="$dir/notify" setsid /bin/sh -c "$supervise" systemd "$dir" "$@" </dev/null >>"$dir/journal" 2>&1 &)
  waited=0
  while :; do
    if [ -s "$dir/main.pid" ]; then
      if [ "$type" != notify ] || grep -qx 'READY=1' "$dir/notify"; then return 0; fi
    fi
    if [ -e "$dir/exit" ]; then
      code=$(cat "$dir/exit")
      : > "$dir/failed"
      if [ "$code" -gt 128 ]; then job_failed "$name" signal
      elif [ "$code" -ne 0 ]; then job_failed "$name" exit-code
      else job_failed "$name" protocol
      fi
      return 1
    fi
    # DefaultTimeoutStartSec=90s (systemd-system.conf(5)).
    if [ "$waited" -ge 1800 ]; then
      kill -KILL "$(main_pid "$name")" 2>/dev/null
      : > "$dir/failed"
      job_failed "$name" timeout
      return 1
    fi
    waited=$((waited + 1))
    sleep 0.05
  done
}

# SIGTERM to the main process, SIGKILL after DefaultTimeoutStopSec=90s, then the rest of its session.
stop_unit() {
  dir=$state/units/$1
  # A unit that is not running (inactive or failed) stays as it is.
  is_running "$1" || return 0
  pid=$(main_pid "$1")
  kill -TERM "$pid" 2>/dev/null
  waited=0
  while kill -0 "$pid" 2>/dev/null && [ ! -e "$dir/exit" ]; do
    if [ "$waited" -ge 1800 ]; then kill -KILL "$pid" 2>/dev/null; fi
    waited=$((waited + 1))
    sleep 0.05
  done
  while [ ! -e "$dir/exit" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  rm -f "$dir/failed" "$dir/main.pid"
  return 0
}

daemon_reload() {
  for loaded in "$state"/units/*/loaded; do
    [ -f "$loaded" ] || continue
    unit=$(basename "$(dirname "$loaded")")
    if text=$(definition "$unit"); then
      printf '%s\n' "$text" > "$loaded"
    else
      rm -f "$loaded"
    fi
  done
}

enable_unit() {
  frag=$(fragment "$1") || { err "Failed to enable unit: Unit file $1 does not exist."; return 1; }
  wanted=$(awk '
    /^[ \t]*[#;]/ { next }
    /^[ \t]*\[/ { section = $0; gsub(/[][ \t]/, "", section); next }
    section == "Install" && /^[ \t]*WantedBy[ \t]*=/ { sub(/^[^=]*=/, ""); print }
  ' "$frag")
  if [ -z "$wanted" ]; then
    err 'The unit files have no installation config (WantedBy=, RequiredBy=, UpheldBy=, Also=,'
    err 'Alias= settings in the [Install] section, and DefaultInstance= for template units).'
    return 0
  fi
  for target in $wanted; do
    link=/etc/systemd/system/$target.wants/$1
    [ -L "$link" ] && continue
    mkdir -p "$(dirname "$link")"
    ln -s "$frag" "$link"
    err "Created symlink $link → $frag."
  done
}

show_unit() {
  unit=$1; shift
  load "$unit" 2>/dev/null
  for p in "$@"; do
    case $p in
      MainPID) if is_running "$unit"; then v=$(main_pid "$unit"); else v=0; fi ;;
      ActiveState) v=$(active_state "$unit") ;;
      NeedDaemonReload) if needs_reload "$unit"; then v=yes; else v=no; fi ;;
      FragmentPath) v=$(fragment "$unit" || true) ;;
      DropInPaths) v=$(dropins "$unit" | tr '\n' ' ' | sed 's/ $//') ;;
      *) continue ;;
    esac
    if [ "$value_only" = 1 ]; then printf '%s\n' "$v"; else printf '%s=%s\n' "$p" "$v"; fi
  done
}

mkdir -p "$state/units"
verb=
units=
props=
value_only=0
quiet=0
no_reload=0
now=0
while [ $# -gt 0 ]; do
  case $1 in
    --system | --no-pager | --no-ask-password | --no-block) ;;
    -q | --quiet) quiet=1 ;;
    --no-reload) no_reload=1 ;;
    --now) now=1 ;;
    --value) value_only=1 ;;
    -p | --property) props="$props $(printf '%s' "$2" | tr ',' ' ')"; shift ;;
    --property=*) props="$props $(printf '%s' "$1" | sed 's/^[^=]*=//' | tr ',' ' ')" ;;
    -*) err "systemctl: unrecognized option '$1'"; exit 1 ;;
    *) if [ -z "$verb" ]; then verb=$1; else units="$units $(unit_name "$1")"; fi ;;
  esac
  shift
done

status=0
case $verb in
  daemon-reload) daemon_reload ;;
  start | restart | stop)
    [ -n "$units" ] || { err "Too few arguments."; exit 1; }
    for u in $units; do
      if [ "$verb" = stop ] && [ ! -f "$state/units/$u/loaded" ] && ! fragment "$u" >/dev/null; then
        err "Failed to stop $u: Unit $u not loaded."
        status=5
        continue
      fi
      load "$u" 2>/dev/null && warn_changed "$u"
      case $verb in
        start) start_unit "$u" start || status=$? ;;
        restart) stop_unit "$u"; start_unit "$u" restart || status=$? ;;
        stop) stop_unit "$u" ;;
      esac
    done
    ;;
  is-active)
    [ -n "$units" ] || { err "Too few arguments."; exit 1; }
    status=3
    for u in $units; do
      s=$(active_state "$u")
      [ "$quiet" = 1 ] || printf '%s\n' "$s"
      [ "$s" = active ] && status=0
    done
    ;;
  enable)
    [ -n "$units" ] || { err "Too few arguments."; exit 1; }
    for u in $units; do enable_unit "$u" || status=1; done
    [ "$status" = 0 ] && [ "$no_reload" = 0 ] && daemon_reload
    if [ "$status" = 0 ] && [ "$now" = 1 ]; then
      for u in $units; do start_unit "$u" start || status=$?; done
    fi
    ;;
  show)
    [ -n "$props" ] || props='MainPID ActiveState NeedDaemonReload FragmentPath DropInPaths'
    # shellcheck disable=SC2086
    for u in $units; do show_unit "$u" $props; done
    ;;
  '') err 'systemctl stand-in: a verb is needed (start, stop, restart, is-active, enable, daemon-reload, show).'; exit 1 ;;
  *) err "Unknown command verb '$verb'."; exit 1 ;;
esac
exit "$status"
`;

/** `journalctl -u UNIT [-n N]`: the unit's captured output, without the journal's time and process prefixes. */
export const JOURNALCTL_SCRIPT = `#!/bin/sh
# journalctl stand-in of the wsl-ready twin (tools/twin/src/wsl/systemd.ts): the raw output of one unit.
set -u
unit=
lines=
while [ $# -gt 0 ]; do
  case $1 in
    -u | --unit) unit=$2; shift ;;
    --unit=*) unit=$(printf '%s' "$1" | sed 's/^[^=]*=//') ;;
    -n | --lines) lines=$2; shift ;;
    --lines=*) lines=$(printf '%s' "$1" | sed 's/^[^=]*=//') ;;
  esac
  shift
done
[ -n "$unit" ] || { echo 'journalctl stand-in: only -u UNIT is modelled' >&2; exit 1; }
case $unit in *.*) ;; *) unit=$unit.service ;; esac
journal=/run/systemd/twin/units/$unit/journal
[ -f "$journal" ] || { echo '-- No entries --'; exit 0; }
if [ -n "$lines" ]; then tail -n "$lines" "$journal"; else cat "$journal"; fi
`;
