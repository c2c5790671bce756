"""Floating point: the spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
estimated by the power method on its n-by-n corner with generator expressions and zip.  Written
for Taipan's bench/."""
from math import sqrt


def a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times(u):
    n = range(len(u))
    return [sum(a(i, j) * uj for j, uj in zip(n, u)) for i in n]


def times_transposed(u):
    n = range(len(u))
    return [sum(a(j, i) * uj for j, uj in zip(n, u)) for i in n]


def times_ata(u):
    return times_transposed(times(u))


def run(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return repr(sqrt(vbv / vv))


if __name__ == "__main__":
    import _harness
    _harness.main(run, 220, 20)
