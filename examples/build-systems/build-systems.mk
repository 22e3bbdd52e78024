# The build-system examples and the install test; included by the top
# Makefile (which defines BUILD, GCC_NATIVE, GCC_AARCH64).
#   make check-examples   build make/, cmake/, meson/ and autotools/ (and
#                         make/ with the AArch64 cross compiler) out of tree
#                         under build/examples/, with the plugin given by its
#                         full path; check one valid JSON report per unit,
#                         that the verdicts match the sources' comments, and
#                         each example's escape-report targets
#   make check-install    make install into build/install-test/root, load
#                         the plugin by name from there, make uninstall
# Each writes a log whose last line is its summary.

ESCAPE_BS_SRC := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
ESCAPE_BS_ENV = MAKE="$(MAKE)" TOP="$(CURDIR)" BUILD="$(abspath $(BUILD))" \
  CC_NATIVE="$(GCC_NATIVE)" CC_AARCH64="$(GCC_AARCH64)" \
  PLUGIN_NATIVE="$(abspath $(BUILD)/escape.so)" \
  PLUGIN_AARCH64="$(abspath $(BUILD)/aarch64-linux-gnu/escape.so)"

.PHONY: check-examples check-install
# build/escape-report's rule is in tools/escape-report/escape-report.mk.
check-examples: $(BUILD)/escape.so $(BUILD)/aarch64-linux-gnu/escape.so \
  $(BUILD)/escape-report
	@$(ESCAPE_BS_ENV) $(ESCAPE_BS_SRC)/check-examples.sh

check-install: $(BUILD)/escape.so $(BUILD)/aarch64-linux-gnu/escape.so
	@$(ESCAPE_BS_ENV) $(ESCAPE_BS_SRC)/check-install.sh
