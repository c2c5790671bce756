"""The collections and itertools modules in daily use: deque as a queue and a sliding window,
Counter arithmetic and most_common, defaultdict of lists and sets, namedtuple records, OrderedDict
as an LRU cache, ChainMap lookups, and itertools product, permutations, combinations, groupby,
chain, accumulate, islice, count, cycle, zip_longest, starmap and tee.  Written for Taipan's
bench/."""
import itertools
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Order = namedtuple("Order", "ident customer item quantity")


def orders(n):
    items = ["apple", "pear", "plum", "fig", "kiwi", "lime", "date"]
    return [Order(i, "c%d" % (i * 7 % 53), items[i * 3 % 7], i % 5 + 1) for i in range(n)]


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = key * key % 1009
        self.data[key] = value
        if len(self.data) > self.size:
            self.data.popitem(last=False)
        return value


def run(n):
    recs = orders(n)
    per_item = Counter()
    for r in recs:
        per_item[r.item] += r.quantity
    by_customer = defaultdict(list)
    items_of = defaultdict(set)
    for r in recs:
        by_customer[r.customer].append(r.ident)
        items_of[r.customer].add(r.item)
    half = Counter(r.item for r in recs[: n // 2])
    diff = per_item - half
    window = deque(maxlen=50)
    window_max = 0
    for r in recs:
        window.append(r.quantity)
        if len(window) == 50:
            window_max = max(window_max, sum(window))
    queue = deque(range(1000))
    rotations = 0
    for i in range(n // 10):
        queue.rotate(i % 7 - 3)
        queue.appendleft(queue.pop())
        rotations += queue[0]
    cache = LRU(64)
    cached = sum(cache.get(i * i % 200) for i in range(n))
    layers = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
    chain_sum = sum(layers[k] for _ in range(n // 10) for k in "abc")
    grouped = [(k, len(list(g))) for k, g in itertools.groupby(sorted(r.item for r in recs))]
    prod = sum(a * b for a, b in itertools.product(range(60), repeat=2))
    perms = sum(1 for p in itertools.permutations(range(7)) if p[0] < p[-1])
    combos = sum(sum(c) for c in itertools.combinations(range(22), 4))
    running = list(itertools.accumulate(r.quantity for r in recs))[-1]
    sliced = list(itertools.islice(itertools.cycle("abcde"), 3, n, 7))
    zipped = sum(1 for a, b in itertools.zip_longest(range(n // 3), range(n // 2)) if a is None)
    starred = sum(itertools.starmap(pow, zip(range(200), itertools.repeat(2))))
    left, right = itertools.tee(itertools.chain(range(5), itertools.count(100)))
    teed = sum(itertools.islice(left, 50)) - sum(itertools.islice(right, 40))
    return (diff.most_common(3), len(by_customer), sum(len(s) for s in items_of.values()),
            window_max, rotations, cached, cache.misses, chain_sum, grouped[:2], prod, perms,
            combos, running, "".join(sliced[:20]), zipped, starred, teed)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 300000, 2000)
