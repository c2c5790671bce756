"""Integers: the sieve of Eratosthenes over a list of flags with slice assignment, then prime
gaps, twin primes and a digit-sum histogram over the primes found, repeated for several limits.
Written for Taipan's bench/."""


def primes_below(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    p = 2
    while p * p < limit:
        if flags[p]:
            flags[p * p::p] = [False] * ((limit - 1 - p * p) // p + 1)
        p += 1
    return [i for i in range(limit) if flags[i]]


def trial_division_count(limit):
    """The slow way, for the small numbers: odd trial divisors up to the square root."""
    count = 0
    for n in range(2, limit):
        if n % 2 == 0:
            count += n == 2
            continue
        d = 3
        while d * d <= n:
            if n % d == 0:
                break
            d += 2
        else:
            count += 1
    return count


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def run(n):
    primes = primes_below(n)
    largest_gap = max(b - a for a, b in zip(primes, primes[1:]))
    twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
    histogram = [0] * 80
    for p in primes:
        histogram[digit_sum(p)] += 1
    slow = trial_division_count(n // 20)
    return len(primes), largest_gap, twins, max(histogram), slow


if __name__ == "__main__":
    import _harness
    _harness.main(run, 4000000, 20000)
