# OSError's __new__/__init__ split, BlockingIOError.characters_written, UnicodeError constructors and str
import errno
for n in range(6):
    e = BlockingIOError(*"abcde"[:n])
    print(n, e.args, hasattr(e, 'characters_written'), str(e))
e = BlockingIOError("a", "b", 3)
print(e.args, e.characters_written, str(e), e.filename)
try: BlockingIOError(11, "b", 3.5)
except TypeError as x: print(x)
print(e.args, hasattr(e, 'characters_written'), str(e), e.filename)
try:
    del BlockingIOError().characters_written
except AttributeError as x: print(x)
class SubOSErrorWithNew(OSError):
    def __new__(cls, message, baz):
        self = super().__new__(cls, message)
        self.baz = baz
        return self
e = SubOSErrorWithNew("some message", baz="baz")
print(e.args, e.baz)
e = SubOSErrorWithNew("some message", "baz")
print(e.args, e.baz)
class SubOSErrorWithInit(OSError):
    def __init__(self, message, bar):
        self.bar = bar
        super().__init__(message)
e = SubOSErrorWithInit("m", bar="b"); print(e.args, e.bar)
print(OSError(2, "x", "f", None, "g").args, OSError(2, "x", "f", None, "g"))
print(OSError(1,2,3,4,5,6).args, OSError(1,2,3,4,5,6).errno)
try: OSError(a=1)
except TypeError as x: print(x)
class S(OSError): pass
try: S(a=1)
except TypeError as x: print(x)
for cls, args in [(UnicodeDecodeError, ('ascii', bytearray(b'\xff'), 0, 1, 'r')), (UnicodeDecodeError, ('ascii', memoryview(b'\xff'), 0, 1, 'r')),
    (UnicodeDecodeError, (1, b'', 0, 1, 'r')), (UnicodeDecodeError, ('a', 'str', 0, 1, 'r')), (UnicodeDecodeError, ('a', b'', 0.5, 1, 'r')),
    (UnicodeEncodeError, ('a', b'x', 0, 1, 'r')), (UnicodeEncodeError, ('a', 'x', 0, 1, 3)), (UnicodeTranslateError, ('xxxx', 1, 5, 'foo')),
    (UnicodeTranslateError, ('xxxx', 1, 5)), (UnicodeTranslateError, (b'xxxx', 1, 5, 'f')), (UnicodeEncodeError, ('a', 'x', 0, 1)),
    (UnicodeTranslateError, ('\u1234x', 0, 1, 'f')), (UnicodeTranslateError, ('\U00012345', 0, 1, 'f'))]:
    try:
        u = cls(*args)
        print(type(u.object).__name__, str(u), repr(u.object))
    except Exception as e:
        print(type(e).__name__, e)
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
u.end = 2; print(str(u))
try: UnicodeTranslateError('xxxx', 1, 5, 'foo', x=1)
except Exception as e: print(type(e).__name__, e)
