class Eggs:
    def __len__(self): return -1
for o in (Eggs(),):
    try: print(bool(o))
    except Exception as e: print(type(e).__name__, e)
class A:
    __bool__ = None
class B:
    __len__ = None
for o in (A(), B()):
    try: print(bool(o))
    except Exception as e: print(type(e).__name__, e)
    try: print(not o)
    except Exception as e: print(type(e).__name__, e)
    try:
        if o: print("yes")
    except Exception as e: print(type(e).__name__, e)
class L:
    def __len__(self): return 1 << 70
try: bool(L())
except Exception as e: print(type(e).__name__, e)


class Blocked:
    __hash__ = None
    __iter__ = None
    __contains__ = None
    __add__ = None
    __len__ = None
    __getitem__ = None


b = Blocked()
for label, op in [("hash", lambda: hash(b)), ("iter", lambda: iter(b)),
                  ("in", lambda: 1 in b), ("add", lambda: b + 1), ("radd", lambda: 1 + b),
                  ("len", lambda: len(b)), ("getitem", lambda: b[0])]:
    try:
        print(label, op())
    except TypeError as e:
        print(label, "TypeError:", e)
