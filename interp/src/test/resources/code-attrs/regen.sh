#!/bin/sh
# Records CPython 3.11's code-object attributes (co_varnames, co_flags, ...) for the programs of the
# bytecode attribute test into expected.tsv (see regen.py).
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
LD_LIBRARY_PATH="$root/target/cpython" PYTHONDONTWRITEBYTECODE=1 "$oracle" "$here/regen.py"
