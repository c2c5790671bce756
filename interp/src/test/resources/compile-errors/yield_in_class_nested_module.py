class A:
    class B:
        x = yield
