# escape: Go's escape analysis for C, as a GCC 12 plugin.
#
#   make          build build/escape.so and build/aarch64-linux-gnu/escape.so
#   make demo     report on examples/
#   make check    Check unit tests + DejaGnu on x86-64 and AArch64 (qemu)
#   make bench    time the stack transform on bench/kernels (bench/README.md)
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

CFLAGS_CORE := -std=c11 -O2 -g -fPIC -Wall -Wextra -Werror=implicit-function-declaration
CXXFLAGS_PLUGIN := -std=gnu++17 -O2 -g -fPIC -fno-rtti -fno-exceptions -Wall \
  -Wno-unused-parameter

# Evaluated when a recipe runs, after `deps` has installed the compilers.
plugin_inc = $(shell $(1) -print-file-name=plugin)/include

DEPS := gcc-12 g++-12 gcc-12-plugin-dev gcc-12-aarch64-linux-gnu \
  gcc-12-plugin-dev-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user \
  dejagnu check pkg-config

.PHONY: all deps demo check clean bench
all: deps $(BUILD)/escape.so $(BUILD)/aarch64-linux-gnu/escape.so

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "escape: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
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
	$(CXX_HOST) -shared -o $@ $^

$(BUILD)/aarch64-linux-gnu/escape.so: $(AARCH64_OBJS) $(CORE_OBJS)
	$(CXX_HOST) -shared -o $@ $^

# The three suites run even when one fails; the summaries come last.
check: all
	@st=0; \
	$(MAKE) --no-print-directory check-unit || st=1; \
	$(MAKE) --no-print-directory check-native || st=1; \
	$(MAKE) --no-print-directory check-aarch64 || st=1; \
	echo; echo "==== escape: test summary ===="; \
	echo "-- Check unit tests (core/)"; \
	tail -n 1 $(BUILD)/unit/run-unit.log 2>/dev/null || echo "no unit log"; \
	for b in native aarch64; do echo "-- DejaGnu, $$b"; \
	  testsuite/summary.sh $(BUILD)/testsuite/$$b/escape.sum || st=1; done; \
	if [ $$st = 0 ]; then echo "escape: all suites passed"; \
	else echo "escape: FAILURES (see above)"; fi; exit $$st

check-native: $(BUILD)/escape.so
check-aarch64: $(BUILD)/aarch64-linux-gnu/escape.so

include testsuite/check.mk
-include testsuite/unit/unit.mk

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
	  END {printf "allocation sites: %d do not escape, %d escape to heap\n", n, e}'

bench: all
	bench/run.sh

clean:
	rm -rf $(BUILD) bench/out
