"""The entry point every Taipan benchmark program shares (written for Taipan's bench/).

    python3 PROGRAM.py [SIZE [ITERATIONS]]

SIZE is ``full`` (the default, about 1-3 s on CPython 3.11), ``small`` (a quick run for tests) or
an integer.  Without ITERATIONS the kernel runs once.  With ITERATIONS it runs that many times in
this process and each run's wall time is printed as ``time SECONDS`` (``time.perf_counter``).  The
last line is always ``checksum VALUE``: the kernel's result, which the runner compares with
CPython's.  Kernels keep no state between runs.
"""
import sys


def size_from(word, full, small):
    if word == "full":
        return full
    if word == "small":
        return small
    return int(word)


def main(kernel, full, small):
    args = sys.argv[1:]
    size = size_from(args[0], full, small) if args else full
    if len(args) > 1:
        from time import perf_counter
        result = None
        for _ in range(int(args[1])):
            start = perf_counter()
            result = kernel(size)
            print("time %.6f" % (perf_counter() - start), flush=True)
    else:
        result = kernel(size)
    print("checksum", result)
