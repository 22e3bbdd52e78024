#!/usr/bin/python3
# testsuite/report/sarif-schema.py - validate SARIF files against the
# official SARIF 2.1.0 JSON schema (testsuite/report/sarif-schema-2.1.0.json,
# OASIS; docs/dependencies.md) with python3-jsonschema, Debian's JSON Schema
# validator.  run.sh runs it on every SARIF escape-report writes and on
# testsuite/report/sarif-bad/.
#
#   sarif-schema.py FILE...
#
# Prints "FILE: valid" or each violation with its JSON path; exits 1 if a
# file is invalid, 2 if the schema itself is not a valid draft-04 schema.
import json
import os
import sys

import jsonschema

here = os.path.dirname (os.path.abspath (__file__))
with open (os.path.join (here, "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
    schema = json.load (f)
# The schema names its draft ("$schema": draft-04); take the validator for it.
cls = jsonschema.validators.validator_for (schema)
try:
    cls.check_schema (schema)
except jsonschema.exceptions.SchemaError as e:
    print ("sarif-schema-2.1.0.json: not a valid schema: %s" % e.message)
    sys.exit (2)
validator = cls (schema)

status = 0
for name in sys.argv[1:]:
    try:
        with open (name, encoding="utf-8") as f:
            doc = json.load (f)
    except (OSError, ValueError) as e:
        print ("%s: cannot read: %s" % (name, e))
        status = 1
        continue
    errors = sorted (validator.iter_errors (doc), key=lambda e: list (e.absolute_path))
    if not errors:
        print ("%s: valid" % name)
    for e in errors:
        path = "".join ("[%d]" % p if isinstance (p, int) else ".%s" % p
                        for p in e.absolute_path)
        print ("%s: sarifLog%s: %s" % (name, path, e.message))
        status = 1
sys.exit (status)
