"""Unpacking: tuple assignment and swaps, starred targets on both sides, nested unpacking in for
loops, enumerate and zip unpacking, dict items, *args/**kwargs forwarding, dict and list displays
with ** and * unpacking, and returning several values.  Written for Taipan's bench/."""


def divmod_all(pairs):
    out = []
    for a, b in pairs:
        q, r = divmod(a, b)
        out.append((q, r))
    return out


def head_tail(seq):
    first, *middle, last = seq
    return first, len(middle), last


def forward(*args, **kwargs):
    return combine(*args, **kwargs)


def combine(a, b, c=0, *rest, scale=1, **extra):
    return (a + b + c + sum(rest)) * scale + len(extra)


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a


def rotate(points):
    return [(y, -x, z) for x, y, z in points]


def run(n):
    total = 0
    points = [(i, i * 2 % 17, -i) for i in range(200)]
    for step in range(n):
        x, y = step, step * 3
        x, y = y, x
        total += x - y
        (a, b), c = (step, step + 1), step + 2
        total += a + b - c
        if step % 10 == 0:
            first, count, last = head_tail(points)
            total += first[0] + count + last[1]
            points = rotate(points)
        *init, tail = (step, step + 1, step + 2, step + 3)
        total += len(init) + tail
        merged = {**{"a": step}, **{"b": 2}, "c": 3}
        listed = [*init, *range(3), tail]
        total += merged["a"] + len(listed)
        total += forward(step, 1, 2, 3, 4, scale=2, tag=1) + forward(1, 2)
    for index, (p, q, r) in enumerate(points):
        total += index * (p + q + r)
    for key, (lo, hi) in {"k%d" % i: (i, i * i) for i in range(300)}.items():
        total += hi - lo + len(key)
    total += sum(q * r for q, r in divmod_all(zip(range(1, n, 3), range(1, n, 7))))
    return total, fib_pairs(n)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 200000, 2000)
