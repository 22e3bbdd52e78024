# DejaGnu testsuite targets; included by the top-level Makefile.
#   make check-native  [ESCAPE_PLUGIN_NATIVE=...]  [RUNTESTFLAGS=...]
#   make check-aarch64 [ESCAPE_PLUGIN_AARCH64=...] [RUNTESTFLAGS=...]
# RUNTESTFLAGS is passed to runtest, e.g. RUNTESTFLAGS="dg.exp=foo.c -v".
# Each target runs runtest in its own build directory (fresh every time, so
# no stale .sum or executables) and lets summary.sh decide pass/fail.
# These targets do not build the plugin; the top Makefile can add that with
# e.g. "check-native: build/escape.so".

ESCAPE_TS_SRC := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
ESCAPE_TS_BUILD ?= $(CURDIR)/build/testsuite

ESCAPE_PLUGIN_NATIVE ?= $(CURDIR)/build/escape.so
ESCAPE_PLUGIN_AARCH64 ?= $(CURDIR)/build/aarch64-linux-gnu/escape.so
CC_NATIVE ?= $(or $(GCC_NATIVE),gcc-12)
CC_AARCH64 ?= $(or $(GCC_AARCH64),aarch64-linux-gnu-gcc-12)
# escape-report, for dg-summaries-from (lib/escape.exp).
ESCAPE_REPORT_TOOL ?= $(CURDIR)/build/escape-report
RUNTEST ?= runtest
RUNTESTFLAGS ?=

# $(1): build subdir, $(2): board, $(3): plugin, $(4): compiler, $(5): extra.
# DEJAGNU=/dev/null: with no global config file runtest warns "Assuming
# target board is the local machine (which is probably wrong)" for any cross
# target whose board is not remote; for qemu-user that is exactly right.
# runtest's exit status is ignored: it is 0 even after an ERROR, and
# summary.sh applies the stricter rule.
define escape_runtest
	@rm -rf $(ESCAPE_TS_BUILD)/$(1) && mkdir -p $(ESCAPE_TS_BUILD)/$(1)
	cd $(ESCAPE_TS_BUILD)/$(1) && LC_ALL=C DEJAGNU=/dev/null $(RUNTEST) \
	  --tool escape --srcdir $(ESCAPE_TS_SRC) --target_board $(2) $(5) \
	  ESCAPE_PLUGIN=$(3) ESCAPE_CC=$(4) \
	  ESCAPE_REPORT=$(ESCAPE_REPORT_TOOL) $(RUNTESTFLAGS) || true
	@$(ESCAPE_TS_SRC)/summary.sh $(ESCAPE_TS_BUILD)/$(1)/escape.sum
endef

.PHONY: check-native check-aarch64
check-native:
	$(call escape_runtest,native,unix,$(ESCAPE_PLUGIN_NATIVE),$(CC_NATIVE),)
check-aarch64:
	$(call escape_runtest,aarch64,aarch64-linux-qemu,$(ESCAPE_PLUGIN_AARCH64),$(CC_AARCH64),--target aarch64-unknown-linux-gnu)
