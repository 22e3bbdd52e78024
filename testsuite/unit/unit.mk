# Check unit tests of core/ (the plain-C lattice, solver, reports, options
# and allocator table); included by the top-level Makefile.
#   make check-unit   build $(UNIT_BIN), run it, keep its output in
#                     $(UNIT_LOG); fails on any failure.
# Variables (all overridable):
#   UNIT_CC        compiler (default: $(CC_HOST), else gcc-12)
#   UNIT_CFLAGS    -std=c11 -Wall -Wextra -g
#   UNIT_SANITIZE  -fsanitize=address,undefined, UBSan fatal; set it empty
#                  to build without sanitizers
#   UNIT_BUILD     output directory (default: $(BUILD)/unit, else build/unit)
#   UNIT_CHECK_LIBS  libcheck flags (default: pkg-config --cflags --libs check)
# Nothing here builds the plugin; the top Makefile can add e.g.
# "$(UNIT_BIN): | deps" to install libcheck first.

# Keep the includer's default goal (this file's first rule is no default).
UNIT_SAVED_GOAL := $(.DEFAULT_GOAL)

UNIT_MK := $(abspath $(lastword $(MAKEFILE_LIST)))
UNIT_DIR := $(patsubst %/,%,$(dir $(UNIT_MK)))
UNIT_CORE_DIR := $(abspath $(UNIT_DIR)/../../core)

UNIT_CC ?= $(or $(CC_HOST),gcc-12)
UNIT_CFLAGS ?= -std=c11 -Wall -Wextra -g
UNIT_SANITIZE ?= -fsanitize=address,undefined -fno-sanitize-recover=undefined
UNIT_BUILD ?= $(or $(BUILD),build)/unit
# Recursive: pkg-config runs only when the recipe does.
UNIT_CHECK_LIBS ?= $(shell pkg-config --cflags --libs check)
# json-c: core/summaries.c reads and writes summaries with it.
UNIT_JSONC ?= $(shell pkg-config --cflags --libs json-c)

UNIT_SRCS := $(wildcard $(UNIT_CORE_DIR)/*.c) $(wildcard $(UNIT_DIR)/*.c)
UNIT_HDRS := $(wildcard $(UNIT_CORE_DIR)/*.h) $(wildcard $(UNIT_DIR)/*.h)
UNIT_BIN := $(UNIT_BUILD)/run-unit
UNIT_LOG := $(UNIT_BUILD)/run-unit.log

$(UNIT_BIN): $(UNIT_SRCS) $(UNIT_HDRS) $(UNIT_MK)
	@mkdir -p $(dir $@)
	$(UNIT_CC) $(UNIT_CFLAGS) $(UNIT_SANITIZE) -o $@ $(UNIT_SRCS) \
	  $(UNIT_CHECK_LIBS) $(UNIT_JSONC)

# Check forks one child per test, so one crash is one error, not the end.
# LeakSanitizer runs in every child: a graph a passing test forgets to free
# fails that test.  The output is kept in $(UNIT_LOG); its last line is
# Check's summary.
.PHONY: check-unit
check-unit: $(UNIT_BIN)
	@ASAN_OPTIONS=detect_leaks=1 CK_FORK=yes $(UNIT_BIN) >$(UNIT_LOG) 2>&1; \
	  st=$$?; cat $(UNIT_LOG); exit $$st

.DEFAULT_GOAL := $(UNIT_SAVED_GOAL)
