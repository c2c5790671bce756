"""Floating point: the Mandelbrot set on a grid, with complex arithmetic written out on floats and
an escape-time count per point; the checksum folds the counts row by row.  Written for Taipan's
bench/."""


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(size, limit):
    rows = []
    for y in range(size):
        ci = 2.4 * y / size - 1.2
        row = [escape_time(3.0 * x / size - 2.1, ci, limit) for x in range(size)]
        rows.append(row)
    return rows


def run(n):
    rows = render(n, 80)
    checksum = 0
    inside = 0
    for row in rows:
        for count in row:
            checksum = (checksum * 31 + count) % 2147483647
        inside += row.count(80)
    return checksum, inside


if __name__ == "__main__":
    import _harness
    _harness.main(run, 380, 40)
