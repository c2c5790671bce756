"""Sets of tuples: Conway's Game of Life on an unbounded plane, the live cells a set of (x, y)
tuples and the neighbour counts a dict built each generation, seeded with a pseudo-random soup and
a few classic patterns.  Written for Taipan's bench/."""

NEIGHBOURS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def seed(size, salt):
    cells = set()
    x = salt
    for i in range(size):
        for j in range(size):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            if (x >> 16) % 3 == 0:
                cells.add((i, j))
    glider = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
    cells.update((x + 60, y - 40) for x, y in glider)
    cells.update({(-50, -50), (-50, -49), (-50, -48)})
    return cells


def step(cells):
    counts = {}
    for x, y in cells:
        for dx, dy in NEIGHBOURS:
            key = (x + dx, y + dy)
            counts[key] = counts.get(key, 0) + 1
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in cells)}


def run(n):
    cells = seed(40, 7)
    populations = []
    for _ in range(n):
        cells = step(cells)
        populations.append(len(cells))
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return len(cells), min(xs), max(xs), min(ys), max(ys), sum(populations)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 2000, 20)
