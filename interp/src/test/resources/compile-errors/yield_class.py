class C:
    y = yield 1
