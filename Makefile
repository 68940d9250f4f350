# runc#: a drop-in OCI runtime in C# (NativeAOT). See README.md.
#
#   make            publish the NativeAOT binary to ./bin/runc
#   make bundles    build bundles/busybox (rootfs from Debian's busybox-static, config from our `runc spec`)
#   make run        build everything and run a demo container
#   make test       unit tests, then integration tests (root) against ./bin/runc
#   make e2e        the Docker/containerd end-to-end check (../shared/e2e), then podman (tests/e2e)
#   make bench      side-by-side benchmark against Debian's runc and crun (../shared/bench)
#   make man        docs/man/runc*.8.md from the binary's help (roff pages too when go-md2man is there)
#   make install    install ./bin/runc as /usr/local/sbin/runc
#   make deps       apt-get what a fresh Debian machine lacks

DOTNET ?= dotnet
PREFIX ?= /usr/local
BIN := bin/runc
COMMIT := $(shell git rev-parse HEAD 2>/dev/null || echo unknown)
SRCS := $(shell find src -name '*.cs' -o -name '*.c' -o -name '*.h' -o -name '*.csproj' -o -name Makefile) runc.csproj Directory.Build.props
TEST_FILTER ?=

.PHONY: all build bundles run test unit-test integration-test test-cgroupv2 e2e bench man install deps clean

all: build

build: $(BIN)

$(BIN): $(SRCS)
	$(DOTNET) publish runc.csproj -c Release -o obj/publish -p:SourceRevisionId=$(COMMIT) --nologo -v:q
	mkdir -p bin
	install -m 0755 obj/publish/runc $(BIN).tmp && mv -f $(BIN).tmp $(BIN)

bundles: bundles/busybox/config.json

bundles/busybox/config.json: $(BIN) bundles/make-busybox.sh
	sh bundles/make-busybox.sh $(BIN) bundles/busybox

run: build bundles
	@id=demo-$$$$; cd bundles/busybox && \
	../../$(BIN) run $$id; rc=$$?; ../../$(BIN) delete -f $$id >/dev/null 2>&1; exit $$rc

test: build bundles unit-test integration-test

unit-test:
	$(DOTNET) test tests/Runc.Tests --nologo -v:q --filter "Category!=Integration&Category!=CgroupV2$(TEST_FILTER)"

integration-test: build bundles
	RUNC_BINARY=$(CURDIR)/$(BIN) RUNC_BUNDLE=$(CURDIR)/bundles/busybox \
	$(DOTNET) test tests/Runc.Tests --nologo -v:q --filter "Category=Integration$(TEST_FILTER)"

# The cgroup v2 tests (Category=CgroupV2) in a throw-away pure cgroup v2 VM (../shared/vm): built
# here, run there without building (the VM emulates the CPU: building inside takes minutes).
TEST_DLL := obj/out/Runc.Tests/Debug/net10.0/Runc.Tests.dll
test-cgroupv2: build bundles
	$(DOTNET) build tests/Runc.Tests --nologo -v:q
	../shared/vm/run-in-vm.sh -t 900 -- env RUNC_BINARY=$(CURDIR)/$(BIN) RUNC_BUNDLE=$(CURDIR)/bundles/busybox \
	$(DOTNET) test $(TEST_DLL) --filter "Category=CgroupV2$(TEST_FILTER)"

e2e: build bundles
	bash ../shared/e2e/runtime-e2e.sh $(CURDIR)/$(BIN); rc=$$?; \
	bash tests/e2e/podman-e2e.sh $(CURDIR)/$(BIN) bundles/busybox/rootfs || rc=1; exit $$rc

bench: build
	bash ../shared/bench/runtime-bench.sh $(CURDIR)/$(BIN) /usr/sbin/runc $$(command -v crun)

man: build
	sh docs/man/gen-man.sh $(BIN) docs/man

install: build
	install -D -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/sbin/runc

deps:
	apt-get update -qq
	apt-get install -y --no-install-recommends busybox-static gcc make libc6-dev libseccomp2 libseccomp-dev jq

clean:
	rm -rf bin obj bundles/busybox
