# _io layers over Python raw streams and subclasses: buffering, line buffering, reconfigure, argument checks
import io, _io
def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
# raw subclass used by buffered
class Src(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self): return True
    def readinto(self, b):
        if not self.chunks: return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)
br = io.BufferedReader(Src([b'ab', b'cd\nef', b'g\n']))
t('br.read(3)', lambda: br.read(3))
t('br.readline', lambda: br.readline())
t('br.peek', lambda: br.peek())
t('br.read', lambda: br.read())
class Sink(io.RawIOBase):
    def __init__(self): self.got = []
    def writable(self): return True
    def write(self, b):
        self.got.append(bytes(b)); return len(b)
s = Sink()
bw = io.BufferedWriter(s, 8)
bw.write(b'12345'); bw.write(b'678'); bw.write(b'9' * 20); bw.flush()
print(s.got)
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding='utf-8', line_buffering=True)
tw.write('a'); print(tw.buffer.raw.got); tw.write('b\nc'); print(tw.buffer.raw.got)
t('tw.encoding', lambda: (tw.encoding, tw.errors, tw.name if hasattr(tw, 'name') else None))
t('tw.tell unseekable', lambda: tw.tell())
t('tw.read', lambda: tw.read())
x = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
t('reconf', lambda: x.reconfigure(encoding='latin-1'))
t('reconf after read', lambda: (x.read(1), x.reconfigure(encoding='utf-8')))
t('reconf pos', lambda: x.reconfigure('utf-8'))
t('reconf nl', lambda: x.reconfigure(newline='x'))
t('chunk', lambda: (x._CHUNK_SIZE, setattr(x, '_CHUNK_SIZE', 0)))
t('readline limit', lambda: io.TextIOWrapper(io.BytesIO(b'abcdef\n'), encoding='utf-8').readline(2))
t('readline float', lambda: io.TextIOWrapper(io.BytesIO(b'abcdef\n'), encoding='utf-8').readline(2.0))
t('read float', lambda: io.TextIOWrapper(io.BytesIO(b'abcdef\n'), encoding='utf-8').read(2.0))
t('bad errors', lambda: io.TextIOWrapper(io.BytesIO(b'\xff'), encoding='utf-8', errors='bogus').read())
t('repr', lambda: repr(io.TextIOWrapper(io.BytesIO(b''), encoding='utf-8')))
t('utf-8 partial', lambda: io.TextIOWrapper(io.BytesIO('€uro'.encode()), encoding='utf-8').read(2))
