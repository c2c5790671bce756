"""Recursion and calls: naive Fibonacci, Ackermann's function and Takeuchi's function, plus calls
with keyword and default arguments.  Written for Taipan's bench/."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def clamp(value, low=0, high=100, *, step=1):
    if value < low:
        return low
    if value > high:
        return high
    return value - value % step


def calls_with_keywords(rounds):
    total = 0
    for i in range(rounds):
        total += clamp(i % 150, high=120, step=3)
        total += clamp(-i, low=-5)
        total += clamp(i, 10, 90)
    return total


def run(n):
    return (fib(n), ackermann(2, 10 * n), tak(n // 2 + 6, n // 4 + 3, 0),
            calls_with_keywords(n * 5000))


if __name__ == "__main__":
    import _harness
    _harness.main(run, 25, 14)
