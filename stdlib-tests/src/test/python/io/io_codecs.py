# TextIOWrapper over the codecs module's incremental codecs (utf-16, cp1252, iso8859-15) and tell/seek round trips
import io
def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
t('unknown enc', lambda: io.TextIOWrapper(io.BytesIO(b''), encoding='nope'))
t('not text', lambda: io.TextIOWrapper(io.BytesIO(b''), encoding='hex'))
for enc in ['utf-16', 'cp1252', 'utf-16-le', 'iso8859-15']:
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc)
    w.write('héllo\nwörld €\n')
    w.flush()
    print(enc, b.getvalue())
    r = io.TextIOWrapper(io.BytesIO(b.getvalue()), encoding=enc)
    print(enc, repr(r.readline()), r.tell() > 0, repr(r.read()))
t('cp1252 strict', lambda: io.TextIOWrapper(io.BytesIO(), encoding='cp1252').write('\u0100'))
for enc in ['utf-16', 'cp1252', 'utf-8', 'latin-1']:
    data = 'one\r\ntwo\rthree\nfour €\n'.replace('€', 'e' if enc == 'latin-1' else '€')
    for nl in [None, '']:
        r = io.TextIOWrapper(io.BytesIO(data.encode(enc)), encoding=enc, newline=nl)
        marks = []
        while True:
            pos = r.tell()
            line = r.readline()
            if not line:
                break
            marks.append((pos, line))
        ok = []
        for pos, line in reversed(marks):
            r.seek(pos)
            ok.append(r.readline() == line)
        print(enc, repr(nl), [m[0] if m[0] < 2**64 else 'cookie' for m in marks], ok, r.newlines)
