"""Big integers: digits of pi from an unbounded spigot (a linear fractional transformation kept
as four big integers, consumed and produced digit by digit); the checksum is the digit count and
the last digits.  Written for Taipan's bench/."""


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Compose with the next term of the series: (k, 4k+2, 0, 2k+1).
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit != (4 * q + r) // t:
            continue
        digits.append(digit)
        q, r = 10 * q, 10 * (r - digit * t)
    return digits


def run(n):
    digits = pi_digits(n)
    text = "".join(map(str, digits))
    return "%d %s %d" % (len(text), text[-20:], sum(digits))


if __name__ == "__main__":
    import _harness
    _harness.main(run, 5000, 200)
