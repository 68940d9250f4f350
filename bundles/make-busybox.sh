#!/bin/sh
# make-busybox.sh RUNC OUT: a busybox bundle for the demo and the tests.
# rootfs: Debian's busybox-static and one symlink per applet (busybox --list names busybox itself:
# skipped); config.json: our own `runc spec`, made non-interactive and given a demo command.
set -eu
runc=$(readlink -f "$1")
out=$2
busybox=$(command -v busybox) || { echo "busybox-static is missing: run 'make deps'" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/rootfs/bin" "$out/rootfs/etc" "$out/rootfs/tmp" "$out/rootfs/root"
cp "$busybox" "$out/rootfs/bin/busybox"
for applet in $("$busybox" --list); do
	[ "$applet" = busybox ] && continue
	ln -s busybox "$out/rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$out/rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$out/rootfs/etc/group"
(cd "$out" && "$runc" spec)
# The demo: not a terminal, prints its hostname, its pid (1) and its mounts.
tmp=$(mktemp)
jq '.process.terminal = false
  | .process.args = ["sh", "-c", "echo hostname: $(hostname); echo pid: $$; echo mounts:; cat /proc/self/mounts"]' \
  "$out/config.json" > "$tmp"
mv "$tmp" "$out/config.json"
chmod 0644 "$out/config.json"
