s = 'abc\
