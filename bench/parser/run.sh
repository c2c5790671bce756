#!/bin/sh
# Taipan parser benchmark: parses the whole CPython 3.11 standard library (including test/)
# with Taipan's parser and with CPython's ast.parse, in one invocation, and prints both times
# and the ratio (taipan / cpython; the target is at most 2.0).
#
# Usage: bench/parser/run.sh [PASSES]     (from anywhere; default 5 passes, best one counts)
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PASSES=${1:-5}
ORACLE="$ROOT/target/cpython"
LIB="$ORACLE/lib/python3.11"
cd "$ROOT"
[ -x "$ORACLE/python3.11" ] || mvn -q -N generate-resources
mvn -q -pl parser -am test-compile
CP="$ROOT/parser/target/classes:$ROOT/parser/target/test-classes:$ROOT/api/target/classes"
java -Xss16m -cp "$CP" org.taipan.parser.bench.ParseStdlibBench "$LIB" "$PASSES" | tee /tmp/taipan-parser-bench.$$
LD_LIBRARY_PATH="$ORACLE" "$ORACLE/python3.11" "$ROOT/bench/parser/cpython_parse_stdlib.py" "$LIB" "$PASSES" | tee -a /tmp/taipan-parser-bench.$$
T=$(sed -n 's/^TAIPAN_SECONDS=//p' /tmp/taipan-parser-bench.$$)
C=$(sed -n 's/^CPYTHON_SECONDS=//p' /tmp/taipan-parser-bench.$$)
rm -f /tmp/taipan-parser-bench.$$
awk -v t="$T" -v c="$C" 'BEGIN { printf "ratio taipan/cpython = %.2f (taipan %.3f s, cpython %.3f s; target <= 2.00)\n", t / c, t, c }'
