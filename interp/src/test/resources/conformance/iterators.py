class Range3:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Range3(4)), sum(Range3(10)), [x * 2 for x in Range3(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(list(enumerate("abc", start=1)), list(reversed([1, 2, 3])), list(reversed(range(4))))
print(dict(enumerate("xy")), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
it = iter(range(3))
print(list(it), list(it))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(list(filter(lambda x: x % 2, range(10))), list(range(10))[::-2])
nested = [[1, [2, 3]], [4]]
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten(nested)))
print({k: [v for v in range(k)] for k in range(4)})
squares = {x: x * x for x in range(5)}
print(squares, list(squares), squares.get(3))
print(sum(1 for _ in range(100)), next(iter({})), "never") if False else print("short-circuit")
total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a * b * c
print(total)
