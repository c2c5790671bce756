"""Floating point: an n-body simulation of a small planetary system with a leapfrog-style
integrator over lists of floats; the checksum is the system's energy before and after.  Written
for Taipan's bench/ (its own initial conditions, in arbitrary units)."""
from math import sqrt

BODIES = [
    # x, y, z, vx, vy, vz, mass
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1000.0),
    (5.0, 0.0, 0.1, 0.0, 14.1, 0.0, 1.5),
    (0.0, 9.0, -0.2, -10.5, 0.0, 0.3, 2.5),
    (-14.0, 0.0, 0.0, 0.0, -8.4, 0.1, 0.8),
    (0.0, -21.0, 0.5, 6.9, 0.0, 0.0, 0.1),
]


def make_system():
    bodies = [[list(b[0:3]), list(b[3:6]), b[6]] for b in BODIES]
    # Give the central body the momentum that makes the total zero.
    px = sum(v[0] * m for _, v, m in bodies)
    py = sum(v[1] * m for _, v, m in bodies)
    pz = sum(v[2] * m for _, v, m in bodies)
    centre = bodies[0]
    centre[1] = [-px / centre[2], -py / centre[2], -pz / centre[2]]
    return bodies


def pairs_of(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, _ in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def energy(bodies, pairs):
    e = 0.0
    for _, v, m in bodies:
        e += 0.5 * m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
    for (p1, _, m1), (p2, _, m2) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= m1 * m2 / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def run(n):
    bodies = make_system()
    pairs = pairs_of(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.0005, n)
    after = energy(bodies, pairs)
    return "%r %r %r" % (before, after, bodies[1][0][0])


if __name__ == "__main__":
    import _harness
    _harness.main(run, 100000, 1000)
