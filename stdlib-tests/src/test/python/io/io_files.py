# _io's file layer (FileIO, the buffered classes, TextIOWrapper, open) on a scratch directory
import _io
import io
import posix

base = '/tmp/taipan_io_files_%d' % posix.getpid()
posix.mkdir(base, 0o755)


def t(label, f):
    try:
        r = f()
    except BaseException as e:
        msg = str(e).replace(base, 'BASE')
        print(label, '->', type(e).__name__, msg)
    else:
        print(label, '->', repr(r).replace(base, 'BASE'))


p = base + '/f.bin'
try:
    # FileIO
    f = _io.FileIO(p, 'w')
    print(f.mode, f.name == p, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write(b'hello world'), f.tell(), f.seek(0, 0), f.seek(0, 2))
    t('read on w', lambda: f.read())
    f.close()
    print(f.closed, f.close())
    t('closed read', lambda: f.read())
    t('closed repr', lambda: repr(f))
    f = _io.FileIO(p)
    print(repr(f).replace(base, 'BASE'), f.read(5), f.read(), f.read(), f.readall())
    f.seek(6)
    ba = bytearray(3)
    print(f.readinto(ba), ba, f.tell())
    t('write on r', lambda: f.write(b'x'))
    t('truncate on r', lambda: f.truncate())
    fd = f.fileno()
    g = _io.FileIO(fd, 'r', closefd=False)
    g.seek(0)
    print(g.read(3), g.name == fd, g.closefd)
    g.close()
    print(f.closed)
    f.close()
    with _io.FileIO(p, 'r+') as f:
        print(f.mode, f.read(2), f.write(b'XY'), f.seek(0), f.read(), f.truncate(4), f.seek(0, 2))
    with _io.FileIO(p, 'a') as f:
        print(f.mode, f.tell(), f.write(b'++'))
    with _io.FileIO(p, 'ab+') as f:
        print(f.mode, f.read())
    t('x exists', lambda: _io.FileIO(p, 'x'))
    with _io.FileIO(base + '/new', 'xb+') as f:
        print(f.mode, f.write(b'n'))
    t('missing', lambda: _io.FileIO(base + '/missing'))
    t('directory', lambda: _io.FileIO(base))
    t('bad mode', lambda: _io.FileIO(p, 'rw'))
    t('bad mode2', lambda: _io.FileIO(p, 'q'))
    t('bad mode3', lambda: _io.FileIO(p, 'r++'))
    t('closefd name', lambda: _io.FileIO(p, closefd=False))
    t('negative fd', lambda: _io.FileIO(-3))
    t('float', lambda: _io.FileIO(1.5))
    t('list', lambda: _io.FileIO([]))
    t('nul', lambda: _io.FileIO('a\0b'))
    seen = []
    def opener(name, flags):
        seen.append(name == p)
        return posix.open(name, flags)
    with _io.FileIO(p, 'r', opener=opener) as f:
        print(f.read(), seen)
    t('opener bad', lambda: _io.FileIO(p, opener=lambda n, fl: 'x'))
    t('opener negative', lambda: _io.FileIO(p, opener=lambda n, fl: -5))

    # buffered
    with _io.open(p, 'wb') as b:
        print(type(b).__name__, repr(b).replace(base, 'BASE'), b.mode, b.raw.mode)
        print(b.write(b'line one\nline two\nline three'), b.tell())
        b.flush()
    with _io.open(p, 'rb') as b:
        print(b.peek(1)[:4], b.read1(3), b.readline(), b.tell(), b.read(4), list(b), b.read())
        b.seek(5)
        print(b.read(3), b.seek(-3, 1), b.read(3), b.seek(-5, 2), b.read())
    with _io.open(p, 'rb', buffering=4) as b:
        print(b.read(10), b.readline(3), b.readlines())
    with _io.open(p, 'r+b') as b:
        print(type(b).__name__, b.read(4), b.write(b'ONE'), b.tell())
        b.seek(0)
        print(b.read())
    t('buffer size', lambda: _io.BufferedReader(_io.BytesIO(), 0))
    t('read -2', lambda: _io.BufferedReader(_io.BytesIO(b'x')).read(-2))
    t('whence', lambda: _io.BufferedReader(_io.BytesIO(b'x')).seek(0, 5))
    t('reader write', lambda: _io.BufferedReader(_io.BytesIO(b'x')).write(b'x'))
    t('writer read', lambda: _io.BufferedWriter(_io.BytesIO()).read())
    t('reader truncate', lambda: _io.BufferedReader(_io.BytesIO(b'x')).truncate())
    t('uninit', lambda: _io.BufferedReader.__new__(_io.BufferedReader).read())
    br = _io.BufferedReader(_io.BytesIO(b'xyz'))
    br.close()
    for name in ['read', 'readline', 'peek', 'tell', 'seek', 'flush']:
        t('closed ' + name, lambda: getattr(br, name)(0) if name == 'seek' else getattr(br, name)())
    br = _io.BufferedReader(_io.BytesIO(b'xyz'))
    raw = br.detach()
    print(type(raw).__name__, repr(br))
    t('detached read', lambda: br.read())
    t('detached closed', lambda: br.closed)
    bw = _io.BufferedWriter(_io.BytesIO())
    bw.close()
    t('closed write', lambda: bw.write(b'x'))
    t('closed flush', lambda: bw.flush())
    pair = _io.BufferedRWPair(_io.BytesIO(b'in data'), _io.BytesIO())
    print(pair.read(2), pair.peek(1)[:1], pair.write(b'out'), pair.readable(), pair.writable(), pair.closed)
    t('pair detach', lambda: pair.detach())
    t('pair args', lambda: _io.BufferedRWPair(1))
    pair.close()
    print(pair.closed)

    # text
    tp = base + '/t.txt'
    with _io.open(tp, 'w', encoding='utf-8') as f:
        print(repr(f).replace(base, 'BASE'), f.encoding, f.errors, f.line_buffering, f.write_through)
        print(f.write('héllo\n'), f.write('wörld\r\nlast'), f.tell())
    with open(tp, 'rb') as f:
        print(f.read())
    with _io.open(tp, encoding='utf-8') as f:
        print(repr(f.readline()), f.tell(), repr(f.read(3)), repr(f.readline()), f.newlines, f.read())
        f.seek(0)
        print(f.readlines(), f.newlines, f.name == tp, f.mode, type(f.buffer).__name__)
    for nl in [None, '', '\n', '\r', '\r\n']:
        with _io.open(tp, encoding='utf-8', newline=nl) as f:
            print(repr(nl), f.readlines())
        with _io.open(base + '/nl.txt', 'w', encoding='utf-8', newline=nl) as f:
            f.write('a\nb\rc\r\n')
        with open(base + '/nl.txt', 'rb') as f:
            print(repr(nl), f.read())
    with _io.open(tp, encoding='utf-8') as f:
        lines = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            lines.append((pos, line))
        for pos, line in lines:
            f.seek(pos)
            print(pos, repr(f.readline()) == repr(line))
        print(f.seek(0, 2), repr(f.read()))
    with _io.open(tp, 'a', encoding='utf-8') as f:
        print(f.write('+more'), f.tell())
    with _io.open(tp, 'r+', encoding='utf-8') as f:
        print(f.read(), f.write('!'), f.seek(0), f.read())
    with _io.open(base + '/enc.txt', 'w', encoding='latin-1') as f:
        f.write('caf\xe9')
    with open(base + '/enc.txt', 'rb') as f:
        print(f.read())
    with _io.open(base + '/enc.txt', encoding='latin-1') as f:
        print(f.read(), f.encoding)
    t('utf8 strict', lambda: _io.open(base + '/enc.txt', encoding='utf-8').read())
    for errors in ['replace', 'ignore', 'surrogateescape', 'backslashreplace']:
        with _io.open(base + '/enc.txt', encoding='utf-8', errors=errors) as f:
            print(errors, ascii(f.read()))
    t('ascii encode', lambda: _io.open(base + '/a.txt', 'w', encoding='ascii').write('é'))
    for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        with _io.open(base + '/a.txt', 'w', encoding='ascii', errors=errors) as f:
            f.write('né😀')
        with open(base + '/a.txt', 'rb') as f:
            print(errors, f.read())
    with _io.open(base + '/a.txt', 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('x\udcff')
    with open(base + '/a.txt', 'rb') as f:
        print(f.read())
    with _io.open(base + '/lb.txt', 'w', encoding='utf-8', buffering=1) as f:
        print(f.line_buffering)
        f.write('one\n')
        with open(base + '/lb.txt', 'rb') as g:
            print(g.read())
        f.reconfigure(line_buffering=False, newline='\r\n')
        f.write('two\n')
        print(f.line_buffering)
    with open(base + '/lb.txt', 'rb') as g:
        print(g.read())
    w = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', write_through=True)
    w.write('abc')
    print(w.buffer.getvalue(), w.write_through)
    d = w.detach()
    print(type(d).__name__)
    t('detached', lambda: w.write('x'))
    t('text bad arg', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=1))
    t('text bad newline', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', newline='x'))
    t('text write bytes', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8').write(b'x'))
    t('text seek whence', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8').seek(1, 1))
    t('text seek end', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8').seek(1, 2))
    t('text seek bad', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8').seek(0, 3))
    s = _io.TextIOWrapper(_io.BytesIO(b'x\ny'), encoding='utf-8')
    s.close()
    t('text closed read', lambda: s.read())
    t('text closed write', lambda: s.write('x'))
    print(s.closed)

    # open's checks
    for mode in ['rw', 'rtb', 'rr', '', 'ab+x', 'U', 'rU', 'q']:
        t('mode ' + repr(mode), lambda: _io.open(p, mode))
    t('binary encoding', lambda: _io.open(p, 'rb', encoding='utf-8'))
    t('binary errors', lambda: _io.open(p, 'rb', errors='strict'))
    t('binary newline', lambda: _io.open(p, 'rb', newline=''))
    t('unbuffered text', lambda: _io.open(p, 'r', buffering=0))
    t('missing', lambda: _io.open(base + '/x'))
    t('mode int', lambda: _io.open(p, 1))
    t('encoding int', lambda: _io.open(p, encoding=1))
    t('list', lambda: _io.open([]))
    f = _io.open(p, 'rb', buffering=0)
    print(type(f).__name__)
    f.close()
    with _io.open(p, 'rb') as b:
        with io.TextIOWrapper(b, encoding='utf-8') as tw:
            print(next(tw), tw.readline())
    with open(base + '/ctx.txt', 'x', encoding='utf-8') as f:
        f.writelines(['a\n', 'b\n'])
    with open(base + '/ctx.txt', encoding='utf-8') as f:
        print([line for line in f])
finally:
    for name in posix.listdir(base):
        posix.unlink(base + '/' + name)
    posix.rmdir(base)
