"""Records what CPython 3.11 (the oracle) raises for each operation of ops.txt.

Each line of ops.txt is one erroneous Python statement. It runs as the body of a small program
(the same text ErrorMessagesTest runs through Taipan) in a fresh interpreter:

    try:
        <operation>
    except BaseException as e:
        print(<type name> TAB <message>)

and the line it prints is stored in expected.txt as "<operation> TAB <type name> TAB <message>",
with backslash and newline in the message escaped as \\ and \n.

Usage (from the repository root):
    LD_LIBRARY_PATH=target/cpython target/cpython/python3.11 \
        interp/src/test/resources/error-messages/record.py
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Keep in step with ErrorMessagesTest.program.
TEMPLATE = (
    "try:\n"
    "    {op}\n"
    "except BaseException as e:\n"
    "    print(type(e).__name__ + '\\t' + str(e).replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))\n"
    "else:\n"
    "    print('(no exception)')\n"
)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py: run me with the oracle, CPython 3.11, not %s" % sys.version)
    with open(os.path.join(HERE, "ops.txt"), encoding="utf-8") as f:
        ops = [line.rstrip("\n") for line in f if line.strip()]
    lines = []
    for op in ops:
        if "\t" in op:
            sys.exit("record.py: tab in operation %r" % op)
        r = subprocess.run([sys.executable, "-c", TEMPLATE.format(op=op)],
                           capture_output=True, text=True, encoding="utf-8")
        out = r.stdout.rstrip("\n")
        if r.returncode != 0 or "\n" in out or "\t" not in out:
            sys.exit("record.py: %r did not print one result line: rc=%d out=%r err=%r"
                     % (op, r.returncode, r.stdout, r.stderr))
        lines.append(op + "\t" + out + "\n")
    with open(os.path.join(HERE, "expected.txt"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    print("record.py: %d operations recorded" % len(lines))


if __name__ == "__main__":
    main()
