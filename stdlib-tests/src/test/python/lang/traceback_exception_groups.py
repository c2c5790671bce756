# traceback.py and unittest over exception groups and except*: TracebackException's boxed format,
# format_exception_only, unittest's subTest failures and assertRaises on ExceptionGroup.
import io
import traceback
import unittest


def leaf(n):
    try:
        raise ValueError(n)
    except ValueError as e:
        return e


def nested():
    try:
        raise ExceptionGroup("outer", [leaf(1), ExceptionGroup("inner", [TypeError(2), leaf(3)])])
    except ExceptionGroup as e:
        e.add_note("outer note")
        return e


eg = nested()
for line in traceback.format_exception(eg):
    print(line.replace(__file__, "FILE"), end="")
print("only:", traceback.format_exception_only(type(eg), eg))
te = traceback.TracebackException.from_exception(eg, max_group_width=1, max_group_depth=1)
print("".join(te.format()).replace(__file__, "FILE"), end="")

try:
    try:
        raise eg
    except* ValueError as m:
        print("matched", repr(m))
        raise KeyError("from handler")
except ExceptionGroup as rest:
    print(repr(rest))
    print("".join(traceback.format_exception(rest, chain=False)).replace(__file__, "FILE"), end="")


class T(unittest.TestCase):
    def test_raises_group(self):
        with self.assertRaises(ExceptionGroup) as cm:
            raise ExceptionGroup("g", [ValueError(1)])
        self.assertEqual(cm.exception.exceptions[0].args, (1,))

    def test_except_star(self):
        caught = []
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            caught.append(e.exceptions)
        except* TypeError as e:
            caught.append(e.exceptions)
        self.assertEqual(len(caught), 2)

    def test_fails_with_group(self):
        raise ExceptionGroup("boom", [ValueError("v")])


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors))
print(result.errors[0][1].replace(__file__, "FILE"))
