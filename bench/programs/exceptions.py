"""Exceptions as control flow: EAFP dict and attribute lookups, custom exception hierarchies
raised and caught across call frames, try/except/else/finally in loops, re-raising with context,
exception chaining, StopIteration from iterators, and with-statement context managers that
suppress errors.  Written for Taipan's bench/."""


class ParseFailure(Exception):
    def __init__(self, position, reason):
        Exception.__init__(self, position, reason)
        self.position = position


class EmptyField(ParseFailure):
    pass


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.suppressed = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.suppressed += 1
            return True
        return False


def parse_field(text, position):
    if not text:
        raise EmptyField(position, "empty")
    if not text.isdigit():
        raise ParseFailure(position, "not a number: " + text)
    return int(text)


def parse_row(row):
    values = []
    for position, field in enumerate(row.split(",")):
        try:
            values.append(parse_field(field, position))
        except EmptyField:
            values.append(0)
    return values


def lookup_all(table, keys):
    found = missing = 0
    for k in keys:
        try:
            found += table[k]
        except KeyError:
            missing += 1
    return found, missing


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def chained(i):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return e.__cause__.args[0]


def run(n):
    rows = []
    for i in range(n):
        a, b, c = i % 10, i % 7, i % 5
        rows.append("%d,%s,%d,%s" % (a, "" if b == 0 else str(b), c, "x" if i % 11 == 0 else "4"))
    good = bad = total = 0
    for row in rows:
        try:
            values = parse_row(row)
        except ParseFailure as e:
            bad += e.position
        else:
            good += 1
            total += sum(values)
        finally:
            total += 1
    table = {i: i for i in range(0, n, 3)}
    found, missing = lookup_all(table, range(n))
    guard = Suppress(ZeroDivisionError, IndexError)
    for i in range(n // 2):
        with guard:
            total += 100 // (i % 4)
        with guard:
            total += rows[i * 3][0] == "1"
    depth_hits = 0
    for i in range(n // 100):
        try:
            deep(20)
        except LookupError:
            depth_hits += 1
    causes = sum(chained(i) for i in range(n // 10))
    return good, bad, total, found, missing, guard.suppressed, depth_hits, causes


if __name__ == "__main__":
    import _harness
    _harness.main(run, 250000, 1500)
