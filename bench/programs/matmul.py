"""Floating point over nested lists: dense matrix multiplication with the transpose trick and zip,
LU-style Gaussian elimination with partial pivoting to solve a linear system, and the residual of
the solution.  Written for Taipan's bench/."""


def matrix(n, seed):
    x = seed
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 16807) % 2147483647
            row.append((x % 2000 - 1000) / 250.0 + (n if i == j else 0.0))
        rows.append(row)
    return rows


def multiply(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def solve(a, rhs):
    n = len(a)
    m = [row[:] + [r] for row, r in zip(a, rhs)]
    for k in range(n):
        pivot = max(range(k, n), key=lambda i: abs(m[i][k]))
        m[k], m[pivot] = m[pivot], m[k]
        pk = m[k]
        inv = 1.0 / pk[k]
        for i in range(k + 1, n):
            row = m[i]
            f = row[k] * inv
            if f:
                for j in range(k, n + 1):
                    row[j] -= f * pk[j]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        row = m[i]
        s = row[n]
        for j in range(i + 1, n):
            s -= row[j] * x[j]
        x[i] = s / row[i]
    return x


def run(n):
    a = matrix(n, 1)
    b = matrix(n, 2)
    c = multiply(a, b)
    trace = sum(c[i][i] for i in range(n))
    rhs = [sum(row) for row in a]  # the solution is all ones
    x = solve(a, rhs)
    residual = max(abs(v - 1.0) for v in x)
    return "%r %r %s" % (trace, c[n // 2][n // 3], residual < 1e-9)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 120, 12)
