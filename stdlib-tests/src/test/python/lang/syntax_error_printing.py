# sys.__excepthook__ prints a SyntaxError as CPython's print_exception_file_and_line and print_error_text
import sys
sys.stderr = sys.stdout

cases = [
    ("bad.py", 1, 2, "abcdefg", 1, 100),
    ("bad.py", 1, 2, "abcdefg", 1, -2),
    ("bad.py", 1, 4, "abcdefg", 1, 2),
    ("bad.py", 1, -4, "abcdefg", 1, -2),
    ("bad.py", 1, 0, "abcdefg", 1, 5),
    ("bad.py", 1, 2, "abcdefg", 2, 3),
    ("bad.py", 1, 2, "  \tabc\n", 1, 5),
    ("bad.py", 1, 9, "ab\ncdefg\n", 1, 11),
    ("bad.py", 1, 3, "éé\tabc\n", 1, 6),
    ("bad.py", 1, 30, "abc", 1, 40),
    (None, 1, None, "abc", None, None),
    ("f", None, 3, "abc", 1, 4),
]
for cls in (SyntaxError, IndentationError):
    for args in cases:
        for msg in ("bad bad", "", None):
            try:
                raise cls(msg, args)
            except SyntaxError:
                sys.__excepthook__(*sys.exc_info())
e = SyntaxError("x")
try:
    raise e
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())
e = SyntaxError("x", ("f", "notint", 2, "abc", 1, 3))
try:
    raise e
except SyntaxError:
    sys.__excepthook__(*sys.exc_info())
