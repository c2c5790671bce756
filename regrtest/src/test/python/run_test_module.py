"""Runs one module of CPython's regression suite and records the outcome of every test case.

Usage: run_test_module.py MODULE RESULTS

MODULE is a module of the ``test`` package (``test_int``, ``test_json``, ...), or any dotted
module name (one with a dot is taken as it is). Each finished
case is appended to the file RESULTS at once, one line ``OUTCOME<TAB>CASE-ID``, so a run that is
killed by its timeout keeps what it had. OUTCOME is one of PASS, FAIL, ERROR, SKIP; a case
expected to fail counts as PASS and an unexpected success as FAIL, as regrtest counts them. A
module that cannot be imported gives the single line ``ERROR<TAB>MODULE (import)``.

The same program runs under Taipan and under CPython, so both are measured alike. Resources
that regrtest only grants with ``-u`` (network, cpu, largefile, ...) are denied, as in a plain
``python -m test`` run.
"""

import sys
import unittest


class RecordingResult(unittest.TestResult):
    """Writes each case's outcome as soon as it is known; subtests fold into their case."""

    def __init__(self, sink):
        super().__init__()
        self.sink = sink
        self.failed_subtests = set()
        self.recorded = set()

    def _record(self, outcome, test):
        self.recorded.add(test.id())
        self.sink.write(outcome + "\t" + test.id() + "\n")
        self.sink.flush()

    def stopTest(self, test):
        # A case whose only failures were in subtests gets no other report.
        if test.id() in self.failed_subtests and test.id() not in self.recorded:
            self._record("FAIL", test)
        super().stopTest(test)

    def addSuccess(self, test):
        super().addSuccess(test)
        if test.id() in self.failed_subtests:
            self._record("FAIL", test)
        else:
            self._record("PASS", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record("FAIL", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._record("ERROR", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record("SKIP", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record("PASS", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record("FAIL", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self.failed_subtests.add(test.id())


def main():
    module, results = sys.argv[1], sys.argv[2]
    sink = open(results, "a", encoding="utf-8")
    try:
        from test import support
        support.use_resources = []
        name = module if "." in module else "test." + module
        suite = unittest.defaultTestLoader.loadTestsFromName(name)
    except BaseException as e:
        sink.write("ERROR\t" + module + " (import)\n")
        sink.close()
        print("cannot import " + module + ": " + type(e).__name__ + ": " + str(e),
              file=sys.stderr)
        raise
    result = RecordingResult(sink)
    suite.run(result)
    sink.close()
    for test, trace in result.errors + result.failures:
        print("=" * 70, file=sys.stderr)
        print(test.id(), file=sys.stderr)
        print(trace, file=sys.stderr)


if __name__ == "__main__":
    main()
