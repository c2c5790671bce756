"""Integers and lists: the pancake-flipping "fannkuch" count over every permutation of 1..n,
permutations generated in place by rotation counters, prefixes reversed by slice assignment.
Written for Taipan's bench/."""


def fannkuch(n):
    perm_base = list(range(n))
    counters = [0] * n
    max_flips = 0
    signed_sum = 0
    sign = 1
    while True:
        perm = perm_base[:]
        first = perm[0]
        flips = 0
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        signed_sum += flips * sign
        sign = -sign
        # Next permutation: rotate the first i+1 elements, carrying like an odometer.
        i = 1
        while True:
            if i == n:
                return signed_sum, max_flips
            head = perm_base[0]
            perm_base[:i] = perm_base[1:i + 1]
            perm_base[i] = head
            counters[i] += 1
            if counters[i] <= i:
                break
            counters[i] = 0
            i += 1


def run(n):
    return fannkuch(n)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 9, 6)
