# everyday file use through builtins.open and io: print(file=), iteration, subclasses, tell/seek
import io, _io, posix
base = '/tmp/taipan_io_usage_%d' % posix.getpid()
posix.mkdir(base)
p = base + '/a.txt'
with open(p, 'w', encoding='utf-8') as f:
    print('hello', 42, file=f)
    print('second line', file=f)
    f.writelines(['x\n', 'y\n'])
f = open(p, encoding='utf-8')
for line in f:
    print(repr(line))
try:
    f.tell()
except OSError as e:
    print(type(e).__name__, e)
f.close()
with open(p, encoding='utf-8') as f:
    print(f.read(5), f.tell(), f.read(), f.tell())
class MyFile(io.FileIO):
    def read(self, n=-1):
        return super().read(n).upper()
with MyFile(p) as m:
    print(m.read(5), type(m).__name__, isinstance(m, io.RawIOBase))
class MyText(io.TextIOWrapper):
    pass
with MyText(io.BytesIO(b'a\nb\n'), encoding='ascii') as t:
    print(list(t), repr(t).startswith('<MyText'))
class MyBuf(io.BufferedReader):
    pass
with MyBuf(io.FileIO(p)) as b:
    print(b.read(3), repr(b).replace(base, 'B'))
t = io.TextIOWrapper(io.BytesIO(b'line1\r\nline2\rline3\n'), encoding='utf-8', newline=None)
print(t.readline(), t.readline(3), t.readline(), t.readline(), t.newlines)
t = io.TextIOWrapper(io.BytesIO('é\n'.encode() * 5000), encoding='utf-8')
data = t.read()
print(len(data), t.tell())
t.seek(0)
print(len(t.readlines()))
b = io.BytesIO()
w = io.BufferedWriter(b, 4)
w.write(b'ab'); print(b.getvalue()); w.write(b'cdef'); print(b.getvalue()); w.flush(); print(b.getvalue())
r = io.BufferedRandom(io.BytesIO(b'0123456789'))
print(r.read(2), r.write(b'AB'), r.tell(), r.read(2), r.seek(0), r.read())
f = open(p, 'rb', buffering=0)
print(f.read(4), f.readline(), f.readlines())
f.close()
print(open(p, encoding='utf-8').read().count('\n'))
with open(p, 'a+', encoding='utf-8') as f:
    print(f.tell(), f.read(), f.seek(0), f.readline())
for name in posix.listdir(base):
    posix.unlink(base + '/' + name)
posix.rmdir(base)
print(io.open is open, open.__name__, open.__module__ if hasattr(open, '__module__') else None)
