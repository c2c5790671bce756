"""str(object, encoding, errors) (PyUnicode_FromEncodedObject): decoding goes through the codec
registry, so every registered codec and error handler serves, for str and its subclasses."""


class S(str):
    pass


for args in [(b'abc', 'raw-unicode-escape'), (b'\\u20ac', 'raw-unicode-escape'),
             (b'a\\x41', 'unicode_escape'), (b'\xff', 'ascii', 'replace'), (b'abc',),
             (bytearray(b'x'), 'latin-1'), (memoryview(b'hi'), 'utf-8'), (b'\xe9', 'cp1252'),
             (b'\xff\xfea\x00', 'utf-16'), (b'\xff', 'utf-8', 'surrogateescape')]:
    print(ascii(str(*args)), ascii(S(*args)), type(S(*args)).__name__)
print(str(b'\xff', errors='ignore'), str(object=b'a', encoding='ascii'), str(b'x', 'ascii', errors='strict'))
for args in [('abc', 'utf-8'), (1, 'utf-8'), (b'\xff', 'ascii'), (b'a', 1), (b'a', 'nope'),
             (b'a', 'ascii', 2), (b'\xff', 'ascii', 'nope')]:
    try:
        print(str(*args))
    except Exception as e:
        print(type(e).__name__, e)
