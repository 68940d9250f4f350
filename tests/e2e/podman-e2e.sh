#!/usr/bin/env bash
# podman end to end: Debian's podman with RUNTIME_PATH as its OCI runtime (`podman --runtime`).
# Usage: tests/e2e/podman-e2e.sh RUNTIME_PATH ROOTFS_DIR     (as root)
# One line per check (PASS/FAIL), the last line is "N passed, M failed"; exits 1 if any check failed.
# Everything is private: storage under /var/lib/e2e-podman, run state under /run/e2e-podman.
# The sandbox's bounding set lacks CAP_SYS_RESOURCE, so podman's default rlimits (nofile 1048576)
# cannot be set by any runtime here (runc fails the same way): every run passes --ulimit.
set -u
rt=$(readlink -f "${1:?runtime path}")
rootfs=${2:?rootfs directory}
if ! command -v podman >/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman >/dev/null || {
		echo "FAIL podman-install"; echo "0 passed, 1 failed"; exit 1; }
fi
store=/var/lib/e2e-podman run=/run/e2e-podman
P=(podman --root "$store" --runroot "$run" --cgroup-manager cgroupfs --events-backend file --runtime "$rt")
R=(--rm --network none --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
img=localhost/e2e-busybox:latest
pass=0 fail=0
check() { # name ok detail
	if [ "$2" = 1 ]; then echo "PASS $1  $3"; pass=$((pass + 1)); else echo "FAIL $1  $3"; fail=$((fail + 1)); fi
}
tar -C "$rootfs" -c . | "${P[@]}" import -q - "$img" >/dev/null

out=$("${P[@]}" run "${R[@]}" "$img" sh -c 'echo hello; exit 3' 2>&1); rc=$?
check podman-run-exit-stdout "$([ "$rc" = 3 ] && [ "$out" = hello ] && echo 1)" "rc=$rc out='$out'"

out=$("${P[@]}" run "${R[@]}" -e FOO=bar -w /tmp -u 1000:1000 "$img" sh -c 'echo $FOO $(pwd) $(id -u):$(id -g)' 2>&1); rc=$?
check podman-env-cwd-user "$([ "$out" = "bar /tmp 1000:1000" ] && echo 1)" "rc=$rc out='$out'"

out=$("${P[@]}" run "${R[@]}" --read-only "$img" sh -c 'touch /x 2>/dev/null && echo writable || echo readonly' 2>&1)
check podman-read-only "$([ "$out" = readonly ] && echo 1)" "out='$out'"

out=$("${P[@]}" run "${R[@]}" --cap-drop all "$img" sh -c 'grep CapEff /proc/self/status' 2>&1)
check podman-cap-drop-all "$(echo "$out" | grep -q '0000000000000000' && echo 1)" "out='$out'"

out=$("${P[@]}" run "${R[@]}" --hostname e2e-host "$img" hostname 2>&1)
check podman-hostname "$([ "$out" = e2e-host ] && echo 1)" "out='$out'"

name=e2e-podman-$$
"${P[@]}" run -d --name "$name" --memory 64m --pids-limit 40 --network none --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 "$img" sleep 300 >/dev/null 2>&1
out=$("${P[@]}" exec "$name" sh -c 'echo in-$(hostname | cut -c1-3); exit 4' 2>&1); rc=$?
check podman-detached-exec "$([ "$rc" = 4 ] && echo "$out" | grep -q '^in-' && echo 1)" "rc=$rc out='$out'"
pid=$("${P[@]}" inspect -f '{{.State.Pid}}' "$name" 2>/dev/null)
mcg=$(awk -F: '$2 == "memory" {print $3}' /proc/$pid/cgroup 2>/dev/null); pcg=$(awk -F: '$2 == "pids" {print $3}' /proc/$pid/cgroup 2>/dev/null)
mem=$(cat /sys/fs/cgroup/memory$mcg/memory.limit_in_bytes 2>/dev/null); pids=$(cat /sys/fs/cgroup/pids$pcg/pids.max 2>/dev/null)
check podman-limits "$([ "$mem" = 67108864 ] && [ "$pids" = 40 ] && echo 1)" "memory=$mem pids=$pids"
"${P[@]}" pause "$name" >/dev/null 2>&1; paused=$("${P[@]}" inspect -f '{{.State.Status}}' "$name" 2>&1)
fz=$(awk -F: '$2 == "freezer" {print $3}' /proc/$pid/cgroup 2>/dev/null)
fzs=$(cat /sys/fs/cgroup/freezer$fz/freezer.state 2>/dev/null || grep -o 'frozen [01]' /sys/fs/cgroup$(awk -F: '$1 == 0 {print $3}' /proc/$pid/cgroup)/cgroup.events 2>/dev/null)
"${P[@]}" unpause "$name" >/dev/null 2>&1; st=$("${P[@]}" inspect -f '{{.State.Status}}' "$name" 2>&1)
check podman-pause-unpause "$([ "$paused" = paused ] && { [ "$fzs" = FROZEN ] || [ "$fzs" = "frozen 1" ]; } && [ "$st" = running ] && echo 1)" "paused=$paused freezer=$fzs after=$st"
"${P[@]}" stop -t 2 "$name" >/dev/null 2>&1; st2=$("${P[@]}" inspect -f '{{.State.Status}}' "$name" 2>&1)
check podman-stop "$([ "$st" = running ] && [ "$st2" = exited ] && echo 1)" "before=$st after=$st2"
"${P[@]}" rm -f "$name" >/dev/null 2>&1

left=$(find "$run" -maxdepth 3 -name state.json 2>/dev/null | head -3)
[ -n "$mcg" ] && [ -d "/sys/fs/cgroup/memory$mcg" ] && left="$left cgroup:$mcg"
check podman-no-leftover "$([ -z "$left" ] && echo 1)" "left='$left'"

"${P[@]}" rmi -f "$img" >/dev/null 2>&1
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
