#!/usr/bin/env bash
# Side by side: the error messages Docker and ctr print when a container cannot start, with
# Debian's runc and with RUNTIME_PATH as the runtime. Starts a private containerd and dockerd
# (own sockets and data dirs under /run/errmsg-rt and /var/lib/errmsg-rt), stops them at the end.
# Usage: tests/e2e/error-messages.sh RUNTIME_PATH ROOTFS_DIR      (as root)
set -u
ours=$(readlink -f "${1:?runtime path}"); rootfs=${2:?rootfs dir}; ref=/usr/sbin/runc
R=/run/errmsg-rt L=/var/lib/errmsg-rt
mkdir -p $R/containerd $L
cat > $R/containerd/config.toml <<TOML
version = 2
root = "$L/containerd"
state = "$R/containerd/state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "$R/containerd/containerd.sock"
[ttrpc]
  address = "$R/containerd/containerd.sock.ttrpc"
TOML
echo "{\"runtimes\":{\"ours\":{\"path\":\"$ours\"},\"ref\":{\"path\":\"$ref\"}},\"deprecated-key-path\":\"$R/key.json\"}" > $R/daemon.json
containerd --config $R/containerd/config.toml >$R/containerd.log 2>&1 9>&- &
cpid=$!
for _ in $(seq 50); do [ -S $R/containerd/containerd.sock ] && break; sleep 0.2; done
dockerd --config-file $R/daemon.json --data-root $L/docker --exec-root $R/docker -H unix://$R/docker.sock \
	--pidfile $R/dockerd.pid --containerd $R/containerd/containerd.sock --containerd-namespace errmsg \
	--containerd-plugins-namespace errmsg-plugins --iptables=false --ip6tables=false --ip-forward=false \
	--ip-masq=false --bridge=none --userland-proxy=false --exec-opt native.cgroupdriver=cgroupfs \
	--cgroup-parent /errmsg --storage-driver overlay2 >$R/dockerd.log 2>&1 9>&- &
dpid=$!
D=(docker -H unix://$R/docker.sock)
for _ in $(seq 100); do "${D[@]}" version >/dev/null 2>&1 && break; sleep 0.3; done
tar -C "$rootfs" -c . | "${D[@]}" import - errmsg-bb:latest >/dev/null
"${D[@]}" save errmsg-bb:latest | ctr -a $R/containerd/containerd.sock -n errmsg images import - >/dev/null 2>&1
C=(ctr -a $R/containerd/containerd.sock -n errmsg)
img=docker.io/library/errmsg-bb:latest
case_() { # title, then a command with RT standing for the runtime
	local title=$1; shift
	echo "### $title"
	for rt in ref ours; do
		local path=$ref; [ $rt = ours ] && path=$ours
		local cmd=("${@//RTNAME/$rt}"); cmd=("${cmd[@]//RTPATH/$path}"); cmd=("${cmd[@]//ID/errmsg-$rt-$$}")
		out=$("${cmd[@]}" 2>&1); rc=$?
		printf '%-5s rc=%s  %s\n' "$([ $rt = ref ] && echo runc || echo ours)" "$rc" "$out"
		"${C[@]}" task rm -f errmsg-$rt-$$ >/dev/null 2>&1; "${C[@]}" c rm errmsg-$rt-$$ >/dev/null 2>&1
	done
}
case_ "docker run: executable missing in the image" "${D[@]}" run --rm --runtime RTNAME --network none errmsg-bb /no/such/binary
case_ "docker run: bind mount of a directory over a file" "${D[@]}" run --rm --runtime RTNAME --network none -v /etc:/bin/sh errmsg-bb /bin/true
case_ "ctr run: executable missing in the image" "${C[@]}" run --rm --runc-binary RTPATH $img ID /no/such/binary
"${D[@]}" ps -aq | xargs -r "${D[@]}" rm -f >/dev/null 2>&1
kill "$(cat $R/dockerd.pid)" 2>/dev/null; wait $dpid 2>/dev/null
kill $cpid; wait $cpid 2>/dev/null
for m in $(awk -v r=$L -v s=$R '$2 ~ "^"r || $2 ~ "^"s {print $2}' /proc/mounts | sort -r); do umount -l "$m"; done
rm -rf --one-file-system $R $L
