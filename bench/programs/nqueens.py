"""Backtracking search: every solution of the n-queens problem with sets for attacked columns and
diagonals, and a sudoku solver by constraint propagation over dicts of candidate sets, with
recursive search on the cell with the fewest candidates.  Written for Taipan's bench/."""


def queens(n):
    solutions = 0
    cols, diag1, diag2 = set(), set(), set()
    placed = []
    first_rows = []

    def place(row):
        nonlocal solutions
        if row == n:
            solutions += 1
            if len(first_rows) < 3:
                first_rows.append(tuple(placed))
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions, first_rows


CELLS = [(r, c) for r in range(9) for c in range(9)]
UNITS = {}
for cell in CELLS:
    r, c = cell
    row = [(r, k) for k in range(9)]
    col = [(k, c) for k in range(9)]
    box = [(r // 3 * 3 + i, c // 3 * 3 + j) for i in range(3) for j in range(3)]
    UNITS[cell] = (row, col, box)
PEERS = {cell: set(x for unit in UNITS[cell] for x in unit) - {cell} for cell in CELLS}


def assign(grid, cell, digit):
    for other in grid[cell] - {digit}:
        if not eliminate(grid, cell, other):
            return False
    return True


def eliminate(grid, cell, digit):
    if digit not in grid[cell]:
        return True
    grid[cell] = grid[cell] - {digit}
    left = grid[cell]
    if not left:
        return False
    if len(left) == 1:
        (only,) = left
        for peer in PEERS[cell]:
            if not eliminate(grid, peer, only):
                return False
    for unit in UNITS[cell]:
        places = [c for c in unit if digit in grid[c]]
        if not places:
            return False
        if len(places) == 1 and not assign(grid, places[0], digit):
            return False
    return True


def search(grid):
    if grid is None:
        return None
    if all(len(grid[c]) == 1 for c in CELLS):
        return grid
    _, cell = min((len(grid[c]), c) for c in CELLS if len(grid[c]) > 1)
    for digit in sorted(grid[cell]):
        trial = dict(grid)
        if assign(trial, cell, digit):
            result = search(trial)
            if result is not None:
                return result
    return None


def solve(puzzle):
    grid = {cell: set(range(1, 10)) for cell in CELLS}
    for cell, ch in zip(CELLS, puzzle):
        if ch in "123456789" and not assign(grid, cell, int(ch)):
            return None
    return search(grid)


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]


def run(n):
    sols, first = queens(n)
    digests = []
    for puzzle in PUZZLES:
        grid = solve(puzzle)
        digests.append("".join(str(min(grid[c])) for c in CELLS)[:27])
    return sols, first, digests


if __name__ == "__main__":
    import _harness
    _harness.main(run, 12, 6)
