"""Lists: list comprehensions (nested, filtered), sorting with key functions, tuples and reverse,
sorted over records, min/max with keys, slicing, bisect-free binary search and merging sorted
runs by hand.  Written for Taipan's bench/."""


def records(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 48271) % 2147483647
        out.append((x % 1000, "k%05d" % (x % 99991), i, (x >> 7) % 97 - 48))
    return out


def binary_search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def run(n):
    recs = records(n, 12345)
    by_score = sorted(recs, key=lambda r: (r[0], r[1]))
    by_name = sorted(recs, key=lambda r: r[1], reverse=True)
    by_abs = sorted(recs, key=lambda r: abs(r[3]))
    squares = [r[0] * r[0] for r in recs if r[3] > 0]
    grid = [[(i * j) % 7 for j in range(20)] for i in range(n // 50)]
    flat = [v for row in grid for v in row if v]
    keys = sorted(r[1] for r in recs)
    hits = sum(binary_search(keys, "k%05d" % (i * 37 % 99991)) for i in range(n // 4))
    evens = sorted(r[0] for r in recs if r[0] % 2 == 0)
    odds = sorted((r[0] for r in recs if r[0] % 2), reverse=True)[::-1]
    merged = merge(evens, odds)
    ordered = all(merged[k] <= merged[k + 1] for k in range(len(merged) - 1))
    return (by_score[0][2], by_score[-1][2], by_name[0][2], by_abs[n // 2][2], sum(squares),
            len(flat), hits, ordered, min(recs, key=lambda r: r[3])[2],
            max(recs, key=lambda r: (r[3], r[1]))[2])


if __name__ == "__main__":
    import _harness
    _harness.main(run, 200000, 1500)
