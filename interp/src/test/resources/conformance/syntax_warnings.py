# Compile-time SyntaxWarnings (shown on stderr by the default filters): an assert on a
# non-empty tuple, 'is'/'is not' with a literal other than None, True, False and Ellipsis.
for src in ['assert(x, "msg")', 'assert(False,)', 'assert x, "msg"', 'assert ()', 'x is 1',
            'x is not "a"', 'x is None', '1 is x is y', 'x is (1, 2)', 'x is ()', 'x is ...',
            'x is True', 'x == 1 is y', 'x is -1', 'x is (y,)', 'x is -"a"', 'x is ~1',
            'x is not (not 1)']:
    compile(src, '<testcase>', 'exec')
    print('compiled', src)
