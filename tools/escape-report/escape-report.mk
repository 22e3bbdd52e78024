# escape-report (tools/escape-report): reads the plugin's JSON reports and
# writes a text summary, an HTML page or SARIF.  Included by the top
# Makefile, which defines BUILD, CC_HOST and the deps rule.
#   make build/escape-report
#   make check-report          golden, SARIF-schema, HTML and error tests
#                              (testsuite/report/run.sh)

ESCAPE_REPORT_DIR := tools/escape-report
ESCAPE_REPORT_SRCS := $(wildcard $(ESCAPE_REPORT_DIR)/*.c)
ESCAPE_REPORT_HDRS := $(wildcard $(ESCAPE_REPORT_DIR)/*.h)
ESCAPE_REPORT_BIN := $(BUILD)/escape-report
ESCAPE_REPORT_CFLAGS := -std=c11 -O2 -g -Wall -Wextra \
  -Werror=implicit-function-declaration
# The plugin's own version (its PLUGIN_INFO), so SARIF names the analyser
# that wrote the reports.
ESCAPE_REPORT_VERSION := $(or $(shell sed -n \
  's/.*plugin_info escape_plugin_info = { "\([^"]*\)".*/\1/p' \
  plugin/escape-plugin.cc 2>/dev/null),unknown)
# Recursive: pkg-config runs when a recipe does, after deps installed it.
ESCAPE_REPORT_JSONC = $(shell pkg-config --cflags --libs json-c)
# libelf (elfutils): the reports recorded in objects, archives, programs.
ESCAPE_REPORT_ELF = $(shell pkg-config --cflags --libs libelf)

$(ESCAPE_REPORT_BIN): $(ESCAPE_REPORT_SRCS) $(ESCAPE_REPORT_HDRS) \
  $(ESCAPE_REPORT_DIR)/escape-report.mk plugin/escape-plugin.cc | deps
	@mkdir -p $(dir $@)
	$(CC_HOST) $(ESCAPE_REPORT_CFLAGS) \
	  -DESCAPE_VERSION='"$(ESCAPE_REPORT_VERSION)"' \
	  -o $@ $(ESCAPE_REPORT_SRCS) $(ESCAPE_REPORT_JSONC) $(ESCAPE_REPORT_ELF)

# The test checker: SARIF 2.1.0 required properties, site counts.
REPORT_TS := testsuite/report
REPORT_TS_BUILD := $(BUILD)/report
REPORT_CHECK_BIN := $(REPORT_TS_BUILD)/report-check

$(REPORT_CHECK_BIN): $(REPORT_TS)/report-check.c | deps
	@mkdir -p $(dir $@)
	$(CC_HOST) $(ESCAPE_REPORT_CFLAGS) -o $@ $< $(ESCAPE_REPORT_JSONC)

# The log's last line is the summary the top Makefile's check prints.
.PHONY: check-report
check-report: $(ESCAPE_REPORT_BIN) $(REPORT_CHECK_BIN) $(BUILD)/escape.so
	@mkdir -p $(REPORT_TS_BUILD)
	@ESCAPE_REPORT=$(CURDIR)/$(ESCAPE_REPORT_BIN) \
	  REPORT_CHECK=$(CURDIR)/$(REPORT_CHECK_BIN) \
	  ESCAPE_PLUGIN=$(CURDIR)/$(BUILD)/escape.so \
	  ESCAPE_CC=$(or $(GCC_NATIVE),gcc-12) \
	  REPORT_BUILD=$(CURDIR)/$(REPORT_TS_BUILD) \
	  sh $(REPORT_TS)/run.sh >$(REPORT_TS_BUILD)/check-report.log 2>&1; \
	  st=$$?; cat $(REPORT_TS_BUILD)/check-report.log; exit $$st
