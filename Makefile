# escape: Go's escape analysis for C, as a GCC 12 plugin.
#
#   make          build build/escape.so and build/aarch64-linux-gnu/escape.so
#   make demo     report on examples/
#   make check    Check unit tests + DejaGnu on x86-64 and AArch64 (qemu)
#   make bench    time the stack transform on bench/kernels (bench/README.md)
#   make bench-compile  the plugin's compile-time cost on sqlite3.c and on
#                 generated inputs of growing size (bench/compile.sh)
#   make install  the plugins into GCC's plugin directories, so -fplugin=escape
#                 works by name; DESTDIR, PREFIX, make uninstall: docs/install.md
#
# Missing Debian packages are installed first (as root), see `make deps`.

GCC_NATIVE  ?= gcc-12
GCC_AARCH64 ?= aarch64-linux-gnu-gcc-12
CXX_HOST    ?= g++-12
CC_HOST     ?= gcc-12

BUILD := build
CORE_SRCS   := $(wildcard core/*.c)
PLUGIN_SRCS := $(wildcard plugin/*.cc passes/*.cc)
CORE_OBJS   := $(CORE_SRCS:%.c=$(BUILD)/core-obj/%.o)
NATIVE_OBJS := $(PLUGIN_SRCS:%.cc=$(BUILD)/obj/%.o)
AARCH64_OBJS := $(PLUGIN_SRCS:%.cc=$(BUILD)/aarch64-linux-gnu/obj/%.o)
HEADERS := $(wildcard core/*.h plugin/*.h passes/*.h)

# json-c: the summaries file (core/summaries.c).  Recursive, so that
# pkg-config runs after `deps` installed it.
JSONC_CFLAGS = $(shell pkg-config --cflags json-c)
JSONC_LIBS = $(shell pkg-config --libs json-c)
CFLAGS_CORE = -std=c11 -O2 -g -fPIC -Wall -Wextra -Werror=implicit-function-declaration \
  $(JSONC_CFLAGS)
CXXFLAGS_PLUGIN := -std=gnu++17 -O2 -g -fPIC -fno-rtti -fno-exceptions -Wall \
  -Wno-unused-parameter

# Evaluated when a recipe runs, after `deps` has installed the compilers.
plugin_inc = $(shell $(1) -print-file-name=plugin)/include

DEPS := gcc-12 g++-12 gcc-12-plugin-dev gcc-12-aarch64-linux-gnu \
  gcc-12-plugin-dev-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user \
  dejagnu check pkg-config cmake meson ninja-build python3 autoconf automake \
  libjson-c-dev libxml2-utils libelf-dev ccache distcc python3-jsonschema

.PHONY: all deps demo check clean bench
all: deps $(BUILD)/escape.so $(BUILD)/aarch64-linux-gnu/escape.so \
  $(BUILD)/escape-report

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "escape: installing$$missing (apt-get, a few minutes on a fresh machine)"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -q --no-install-recommends $$missing \
	      || exit 1; \
	  else \
	    echo "escape: missing packages; run as root:"; \
	    echo "  apt-get update && apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(BUILD)/core-obj/%.o: %.c $(HEADERS) | deps
	@mkdir -p $(dir $@)
	$(CC_HOST) $(CFLAGS_CORE) -c $< -o $@

$(BUILD)/obj/%.o: %.cc $(HEADERS) | deps
	@mkdir -p $(dir $@)
	$(CXX_HOST) $(CXXFLAGS_PLUGIN) -I$(call plugin_inc,$(GCC_NATIVE)) -c $< -o $@

$(BUILD)/aarch64-linux-gnu/obj/%.o: %.cc $(HEADERS) | deps
	@mkdir -p $(dir $@)
	$(CXX_HOST) $(CXXFLAGS_PLUGIN) -I$(call plugin_inc,$(GCC_AARCH64)) -c $< -o $@

$(BUILD)/escape.so: $(NATIVE_OBJS) $(CORE_OBJS)
	$(CXX_HOST) -shared -o $@ $^ $(JSONC_LIBS)

$(BUILD)/aarch64-linux-gnu/escape.so: $(AARCH64_OBJS) $(CORE_OBJS)
	$(CXX_HOST) -shared -o $@ $^ $(JSONC_LIBS)

# The three suites run even when one fails; the summaries come last.
check: all
	@st=0; \
	$(MAKE) --no-print-directory check-unit || st=1; \
	$(MAKE) --no-print-directory check-native || st=1; \
	$(MAKE) --no-print-directory check-aarch64 || st=1; \
	$(MAKE) --no-print-directory check-report || st=1; \
	$(MAKE) --no-print-directory check-examples || st=1; \
	$(MAKE) --no-print-directory check-install || st=1; \
	echo; echo "==== escape: test summary ===="; \
	echo "-- Check unit tests (core/)"; \
	tail -n 1 $(BUILD)/unit/run-unit.log 2>/dev/null || echo "no unit log"; \
	for b in native aarch64; do echo "-- DejaGnu, $$b"; \
	  testsuite/summary.sh $(BUILD)/testsuite/$$b/escape.sum || st=1; done; \
	echo "-- build-system examples (make, cmake, meson, autotools)"; \
	tail -n 1 $(BUILD)/examples/check-examples.log 2>/dev/null || echo "no examples log"; \
	echo "-- make install / uninstall (DESTDIR)"; \
	tail -n 1 $(BUILD)/install-test/check-install.log 2>/dev/null || echo "no install log"; \
	echo "-- escape-report (text, HTML, SARIF)"; \
	tail -n 1 $(BUILD)/report/check-report.log 2>/dev/null || echo "no escape-report log"; \
	if [ $$st = 0 ]; then echo "escape: all suites passed"; \
	else echo "escape: FAILURES (see above)"; fi; exit $$st

check-native: $(BUILD)/escape.so $(BUILD)/escape-report
check-aarch64: $(BUILD)/aarch64-linux-gnu/escape.so $(BUILD)/escape-report

include testsuite/check.mk
-include testsuite/unit/unit.mk
include tools/escape-report/escape-report.mk
include examples/build-systems/build-systems.mk

# The main job: the report on the shipped examples.
DEMO_FLAGS := -O2 -fplugin=$(CURDIR)/$(BUILD)/escape.so -fplugin-arg-escape-m \
  -fdiagnostics-color=never -fno-diagnostics-show-caret

demo: all
	@for f in examples/*.c; do \
	  echo "==== $$f"; \
	  LC_ALL=C $(GCC_NATIVE) $(DEMO_FLAGS) -c $$f -o /dev/null 2>&1 \
	    | grep -v ': In function' || exit 1; \
	done; \
	echo "==== verdicts"; \
	for f in examples/*.c; do LC_ALL=C $(GCC_NATIVE) $(DEMO_FLAGS) -c $$f \
	  -o /dev/null 2>&1; done | awk \
	  '/note: .*\) does not escape$$/ {n++} /note: .*\) escapes to heap$$/ {e++} \
	  END {printf "allocation sites: %d do not escape, %d escape to heap\n", n, e}'; \
	echo "==== escape-report (from the JSON reports in $(BUILD)/demo-report/)"; \
	rm -rf $(BUILD)/demo-report; \
	for f in examples/*.c; do LC_ALL=C $(GCC_NATIVE) $(DEMO_FLAGS) -c $$f \
	  -o /dev/null -fplugin-arg-escape-report=$(BUILD)/demo-report/ \
	  2>/dev/null || exit 1; done; \
	$(BUILD)/escape-report --top 5 $(BUILD)/demo-report

bench: all
	bench/run.sh

# What the plugin costs a build: bench/compile-results.md, docs/bench.md.
.PHONY: bench-compile
bench-compile: all
	@$(MAKE) --no-print-directory deps DEPS="time tcl dpkg-dev"
	bench/compile.sh

# escape next to clang's heap-to-stack on eight Debian 12 C packages
# (bench/corpus/README.md): results in bench/corpus/results.md.
.PHONY: corpus
corpus: all
	bench/corpus/run.sh

# make install: each plugin into the plugin directory of the compiler it was
# built for, where GCC looks up a plugin named without a slash
# (-fplugin=escape loads PLUGINDIR/escape.so); build/escape-report, when it
# has been built, into PREFIX/bin; the docs into PREFIX/share/doc/escape.
# DESTDIR stages all of it. `make uninstall` removes those files and the doc
# directories install created, nothing else (docs/install.md).
PREFIX ?= /usr/local
PLUGINDIR_NATIVE ?= $(shell $(GCC_NATIVE) -print-file-name=plugin)
PLUGINDIR_AARCH64 ?= $(shell $(GCC_AARCH64) -print-file-name=plugin)
DOCDIR ?= $(PREFIX)/share/doc/escape
INSTALL_DOCS := README.md $(wildcard docs/*.md docs/build-systems/*.md)
INSTALL_DOCDIRS := docs/build-systems docs
# A compiler without its plugin headers prints "plugin", not a directory.
check_plugindirs = @for d in "$(PLUGINDIR_NATIVE)" "$(PLUGINDIR_AARCH64)"; do \
	  case "$$d" in /*) ;; *) echo "escape: no GCC plugin directory ('$$d'); install gcc-12-plugin-dev or set PLUGINDIR_NATIVE/PLUGINDIR_AARCH64"; exit 1;; esac; done

.PHONY: install uninstall
install: all
	$(check_plugindirs)
	install -D -m 0644 $(BUILD)/escape.so $(DESTDIR)$(PLUGINDIR_NATIVE)/escape.so
	install -D -m 0644 $(BUILD)/aarch64-linux-gnu/escape.so \
	  $(DESTDIR)$(PLUGINDIR_AARCH64)/escape.so
	@if [ -f $(BUILD)/escape-report ]; then \
	  echo install -D -m 0755 $(BUILD)/escape-report $(DESTDIR)$(PREFIX)/bin/escape-report; \
	  install -D -m 0755 $(BUILD)/escape-report $(DESTDIR)$(PREFIX)/bin/escape-report; \
	else echo "escape: $(BUILD)/escape-report not built, not installed"; fi
	@set -e; for f in $(INSTALL_DOCS); do \
	  install -D -m 0644 $$f $(DESTDIR)$(DOCDIR)/$$f; done; \
	echo "installed $(words $(INSTALL_DOCS)) docs in $(DESTDIR)$(DOCDIR)"

uninstall:
	$(check_plugindirs)
	rm -f $(DESTDIR)$(PLUGINDIR_NATIVE)/escape.so \
	  $(DESTDIR)$(PLUGINDIR_AARCH64)/escape.so $(DESTDIR)$(PREFIX)/bin/escape-report
	@d='$(DESTDIR)$(DOCDIR)'; [ -d "$$d" ] || exit 0; \
	(cd "$$d" && rm -f $(INSTALL_DOCS) && rmdir $(INSTALL_DOCDIRS) 2>/dev/null); \
	rmdir "$$d" 2>/dev/null; echo "removed the docs from $$d"

clean:
	rm -rf $(BUILD) bench/out
