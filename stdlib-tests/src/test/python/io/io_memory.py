# _io's bases and in-memory streams (StringIO, BytesIO, IncrementalNewlineDecoder), compared with CPython
import _io
import io


def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(_io.DEFAULT_BUFFER_SIZE, _io.UnsupportedOperation.__mro__)
print(_io.StringIO.__mro__, _io.BytesIO.__mro__)
for cls in (_io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase):
    print(cls.__name__, sorted(k for k in vars(cls) if not k.startswith('__')))
print(io.StringIO is _io.StringIO, issubclass(io.StringIO, io.TextIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase))

r = _io._RawIOBase()
for name in ['seek', 'tell', 'truncate', 'fileno', 'write', 'readinto']:
    t('raw.' + name, lambda: getattr(r, name)(0) if name in ('seek', 'write', 'readinto') else getattr(r, name)())
b = _io._BufferedIOBase()
for name in ['read', 'read1', 'write', 'detach']:
    t('buffered.' + name, lambda: getattr(b, name)(b'') if name == 'write' else getattr(b, name)())
x = _io._TextIOBase()
t('text attrs', lambda: (x.encoding, x.newlines, x.errors, x.readable(), x.seekable(), x.isatty()))
t('text.read', lambda: x.read())
t('text.readline', lambda: x.readline())
x.close()
t('closed', lambda: (x.closed, x.flush()))
t('closed iter', lambda: iter(x))
t('closed enter', lambda: x.__enter__())
t('closed isatty', lambda: x.isatty())


class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


lr = Lines(b'one\ntwo\nthree')
print(lr.readline(), lr.read(2), list(lr), lr.read(), lr.readall())
lr = Lines(b'a\nb\nc\n')
print(lr.readlines(), Lines(b'a\nb\nc\n').readlines(2))
with Lines(b'x') as cm:
    print(cm.closed)
print(cm.closed)

# StringIO
s = _io.StringIO('hello\nworld\n')
print(s.read(3), s.tell(), s.readline(), s.readline(), repr(s.readline()), s.tell())
s.seek(0)
print(list(s), s.getvalue())
s = _io.StringIO()
print(s.write('abc'), s.write('dé😀'), s.tell(), repr(s.getvalue()), len(s.getvalue()))
s.seek(10)
s.write('x')
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = _io.StringIO(newline=nl)
    s.write('1\n2\r\n3\r')
    print(repr(nl), repr(s.getvalue()), s.newlines, s.line_buffering)
s = _io.StringIO('abc', None)
print(s.__getstate__())
s.x = 5
st = s.__getstate__()
s2 = _io.StringIO()
s2.__setstate__(st)
print(s2.getvalue(), s2.tell(), s2.x)
t('StringIO(1)', lambda: _io.StringIO(1))
t('StringIO newline int', lambda: _io.StringIO('', 1))
t('StringIO newline x', lambda: _io.StringIO('', 'x'))
t('StringIO 3 args', lambda: _io.StringIO('', '', 3))
t('StringIO kw', lambda: _io.StringIO(foo=1))
t('write bytes', lambda: _io.StringIO().write(b'a'))
t('seek whence', lambda: _io.StringIO().seek(0, 3))
t('seek negative', lambda: _io.StringIO().seek(-1))
t('seek cur', lambda: _io.StringIO().seek(1, 1))
t('truncate negative', lambda: _io.StringIO().truncate(-1))
t('setstate short', lambda: _io.StringIO().__setstate__(('', 0, None)))
t('setstate pos', lambda: _io.StringIO().__setstate__(('', '\n', 'x', None)))
t('uninitialized', lambda: _io.StringIO.__new__(_io.StringIO).read())
s = _io.StringIO('x')
s.close()
for name in ['read', 'getvalue', 'tell', 'readable', '__getstate__']:
    t('closed StringIO.' + name, getattr(s, name))
t('closed StringIO.closed', lambda: s.closed)
t('closed StringIO next', lambda: next(s))


class MyStringIO(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(MyStringIO('ab\ncd\n')))

# BytesIO
b = _io.BytesIO(b'abc\ndef\nghi')
print(b.read(2), b.readline(), b.tell(), b.read1(2), b.readlines(), b.read())
b.seek(0)
print(list(b), b.getvalue())
b = _io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-10, 1), b.tell(), b.seek(8), b.write(b'!'))
print(b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b.seek(20)
b.write(b'z')
print(b.getvalue())
ba = bytearray(4)
b = _io.BytesIO(b'xyz')
print(b.readinto(ba), ba, b.readinto(ba), ba)
print(_io.BytesIO(b'a\nb\nc').readlines(1), _io.BytesIO(b'a\nb\nc').readline(None))
b = _io.BytesIO(b'state')
b.read(2)
b.y = 1
st = b.__getstate__()
print(st)
b2 = _io.BytesIO()
b2.__setstate__(st)
print(b2.read(), b2.y, b2.readable(), b2.writable(), b2.seekable(), b2.isatty())
t('BytesIO(str)', lambda: _io.BytesIO('a'))
t('BytesIO(int)', lambda: _io.BytesIO(1))
t('write str', lambda: _io.BytesIO().write('a'))
t('readinto bytes', lambda: _io.BytesIO().readinto(b'aa'))
t('seek negative', lambda: _io.BytesIO().seek(-1))
t('seek whence', lambda: _io.BytesIO().seek(0, 3))
t('seek float', lambda: _io.BytesIO().seek(1.5))
t('read str', lambda: _io.BytesIO().read('x'))
t('truncate negative', lambda: _io.BytesIO().truncate(-1))
t('setstate short', lambda: _io.BytesIO().__setstate__((b'',)))
t('setstate pos', lambda: _io.BytesIO().__setstate__((b'', 'x', None)))
t('setstate neg', lambda: _io.BytesIO().__setstate__((b'', -1, None)))
t('setstate dict', lambda: _io.BytesIO().__setstate__((b'', 0, 1)))
t('uninitialized BytesIO', lambda: _io.BytesIO.__new__(_io.BytesIO).read())
b = _io.BytesIO(b'x')
b.close()
for name in ['read', 'getvalue', 'tell', 'readable', 'flush', 'isatty']:
    t('closed BytesIO.' + name, getattr(b, name))
t('closed BytesIO.closed', lambda: b.closed)
with _io.BytesIO(b'ctx') as cm:
    print(cm.read())
print(cm.closed)

# IncrementalNewlineDecoder
d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), d.getstate(), repr(d.decode('', final=True)),
      d.newlines)
d.reset()
print(d.newlines, d.getstate())
d = _io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('x\r\ny\rz\n')), d.newlines)
d.setstate((b'', 1))
print(repr(d.decode('q')))
t('decoder bad state', lambda: d.setstate(1))
t('decoder bad input', lambda: _io.IncrementalNewlineDecoder(None, True).decode(b'x'))
t('decoder uninit', lambda: _io.IncrementalNewlineDecoder.__new__(_io.IncrementalNewlineDecoder).decode('x'))
t('text_encoding', lambda: (_io.text_encoding(None), _io.text_encoding('latin-1')))
t('open_code type', lambda: _io.open_code(b'x'))
s = _io.StringIO()
s.attr = 1
print(s.__dict__, _io.BytesIO().__dict__, s.__getstate__())
