#!/bin/sh
# Builds the twin's distro root file system: Debian's static busybox and static bash, plus the few files a WSL
# distro needs.
# Usage: build-rootfs.sh <output.tar>   (idempotent; the tarball is reproducible: sorted, mtime 0, numeric owners)
# Needs /usr/bin/busybox from Debian's busybox-static and /bin/bash-static from bash-static (dynamic builds would
# not run inside the chroot, which has no libc).
set -eu

out=${1:?usage: build-rootfs.sh <output.tar>}
busybox=${WSL_TWIN_BUSYBOX:-/usr/bin/busybox}
bash_static=${WSL_TWIN_BASH:-/bin/bash-static}

if [ ! -x "$busybox" ]; then
  echo "build-rootfs: $busybox not found; install Debian's busybox-static (apt-get install busybox-static)" >&2
  exit 2
fi
if [ ! -x "$bash_static" ]; then
  echo "build-rootfs: $bash_static not found; install Debian's bash-static (apt-get install bash-static)" >&2
  exit 2
fi
if ! "$busybox" --list-full >/dev/null 2>&1; then
  echo "build-rootfs: $busybox does not support --list-full" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/wsl-twin-rootfs.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
root="$work/root"

mkdir -p "$root"
for d in bin sbin usr/bin usr/sbin usr/lib/wsl-twin etc root home/dev tmp proc sys dev mnt run var/tmp; do
  mkdir -p "$root/$d"
done
chmod 1777 "$root/tmp" "$root/var/tmp"
chmod 700 "$root/root"

cp "$busybox" "$root/bin/busybox"
chmod 755 "$root/bin/busybox"
# A real bash (the wsl-bash shell runs scripts with it), where distros keep it.
cp "$bash_static" "$root/bin/bash"
chmod 755 "$root/bin/bash"

# One symlink per applet, at the path busybox itself suggests. uname is a script (below); bash is the real one.
"$busybox" --list-full | while read -r applet; do
  case "$applet" in
    bin/busybox | bin/uname | bin/bash | '') continue ;;
  esac
  [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done

# WSL reports its own kernel release (WSL2: "<x.y.z>-microsoft-standard-WSL2", WSL1: "4.4.0-<build>-Microsoft").
# The twin bind-mounts the right text over /usr/lib/wsl-twin/kernel-release for each call.
cat >"$root/bin/uname" <<'UNAME'
#!/bin/sh
release=$(cat /usr/lib/wsl-twin/kernel-release 2>/dev/null)
host=$(/bin/busybox uname -r)
out=$(/bin/busybox uname "$@") || exit $?
if [ -n "$release" ]; then
  out=$(printf '%s\n' "$out" | /bin/busybox sed "s|$host|$release|g")
fi
printf '%s\n' "$out"
UNAME
chmod 755 "$root/bin/uname"
: >"$root/usr/lib/wsl-twin/kernel-release"

cat >"$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
dev:x:1000:1000:dev:/home/dev:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PASSWD
cat >"$root/etc/group" <<'GROUP'
root:x:0:
dev:x:1000:
nogroup:x:65534:
GROUP
cat >"$root/etc/os-release" <<'OSREL'
NAME="BusyBox"
ID=busybox
PRETTY_NAME="BusyBox (wsl-ready twin)"
OSREL
echo twin >"$root/etc/hostname"
: >"$root/etc/wsl.conf"
printf 'export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n' >"$root/etc/profile"

if [ "$(id -u)" = 0 ]; then
  chown -R 1000:1000 "$root/home/dev"
fi

mkdir -p "$(dirname "$out")"
tmp_out="$out.tmp.$$"
tar --sort=name --mtime=@0 --numeric-owner -C "$root" -cf "$tmp_out" .
mv -f "$tmp_out" "$out"
