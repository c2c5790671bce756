#!/bin/sh
# Records the expected behaviour of every conformance program from the oracle, CPython 3.11.
# For each NAME.py it writes NAME.out (stdout), NAME.err (stderr) and NAME.rc (exit status).
# The programs run from the interp module's directory with the path the JUnit test uses, so
# file names in tracebacks match byte for byte (the absolute path of the interp module is
# stored as @INTERP@ and put back by the test).
#
# Usage: interp/src/test/resources/conformance/regen.sh [NAME.py ...]
# Needs the oracle unpacked: (cd $TAIPAN_ROOT && mvn -q -N generate-resources)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
interp=$(cd "$here/../../../.." && pwd)
root=${TAIPAN_ROOT:-$(cd "$interp/.." && pwd)}
oracle="$root/target/cpython/python3.11"
if [ ! -x "$oracle" ]; then
  echo "regen.sh: no oracle at $oracle; run 'mvn -q -N generate-resources' in $root" >&2
  exit 2
fi
cd "$interp"
if [ $# -eq 0 ]; then
  set -- $(cd "$here" && ls *.py)
fi
for f in "$@"; do
  name=$(basename "$f" .py)
  rel="src/test/resources/conformance/$name.py"
  set +e
  LD_LIBRARY_PATH="$root/target/cpython" PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
    "$oracle" "$rel" arg1 arg2 </dev/null >"$here/$name.out" 2>"$here/$name.err"
  echo $? >"$here/$name.rc"
  # CPython prints the script's absolute path; store it as @INTERP@ so any checkout compares
  sed -i "s|$interp/|@INTERP@/|g" "$here/$name.out" "$here/$name.err"
  set -e
  echo "$name: exit $(cat "$here/$name.rc")"
done
