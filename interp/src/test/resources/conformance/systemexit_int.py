import sys
print(sys.argv[1:], len(sys.argv))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.implementation.name != "")
print(type(sys.flags.optimize).__name__, sys.maxsize)
raise SystemExit(7)
