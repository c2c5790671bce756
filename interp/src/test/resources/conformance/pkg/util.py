def double(x):
    return 2 * x


def fail(msg):
    raise LookupError(msg)


CONSTANT = 42
