import sys
print('arith main', __name__, sys.argv[1:])
