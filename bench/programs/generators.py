"""Generators and iterator pipelines: generator functions chained into a pipeline (source, map,
filter, window, batch), yield from delegation over a tree, generator expressions fed to sum, any
and max, send() into a coroutine-style accumulator, and iterator classes with __iter__/__next__.
Written for Taipan's bench/."""


def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        yield x


def scaled(source, k):
    for v in source:
        yield v * k % 1000


def only(source, predicate):
    for v in source:
        if predicate(v):
            yield v


def windows(source, size):
    window = []
    for v in source:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def batches(source, size):
    batch = []
    for v in source:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children


def build(depth, value):
    if depth == 0:
        return Tree(value)
    return Tree(value, (build(depth - 1, value * 2), build(depth - 1, value * 2 + 1)))


def walk(tree):
    yield tree.value
    for child in tree.children:
        yield from walk(child)


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total
        total += value
        count += 1
        average = total // count


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


def run(n):
    pipeline = batches(windows(only(scaled(numbers(n), 7), lambda v: v % 3 != 0), 3), 16)
    folded = 0
    for batch in pipeline:
        folded = (folded * 17 + sum(a * b - c for a, b, c in batch)) % 1000000007
    tree_sum = sum(walk(build(12, 1)))
    acc = averager()
    next(acc)
    last = None
    for v in numbers(n // 4):
        last = acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        total = stop.value
    countdown = sum(v for c in range(n // 1000) for v in Countdown(c))
    anyhit = any(v == 4242 for v in numbers(n))
    biggest = max(x * x % 977 for x in range(n // 2))
    return folded, tree_sum, last, total, countdown, anyhit, biggest


if __name__ == "__main__":
    import _harness
    _harness.main(run, 1000000, 4000)
