# printf-style integer conversions with '#', precision and width, as CPython 3.11
for f in ['%#.5x', '%#.5o', '%#10.5x', '%#-10.5X', '%.5d', '%+.5d', '%#x', '%#.3o', '%08.3x', '%#08x', '% .4d', '%#.0x', '%.0d', '%#.2x']:
    for v in (1, -1, 0, 255):
        print(repr(f % v), end=' ')
    print()
for f, args in [(b'%d', (1, 2)), (b'%s', ()), (b'abc', 1), (b'%(a)s', {'a': b'x'}), (b'%c', 256), (b'%c', b'ab')]:
    try:
        print(f % args)
    except Exception as e:
        print(type(e).__name__, e)
