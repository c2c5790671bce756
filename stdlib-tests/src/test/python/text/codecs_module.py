# _codecs through codecs and encodings: the registry, error handlers, the builtin codecs, and
# str.encode / bytes.decode routed through them.
import _codecs
import codecs
import encodings


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


# the registry
seen = []


def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, e='strict': (bytes(b).decode('ascii').lower(), len(b)),
                                name='my-codec')
    return None


codecs.register(search)
t('lookup normalizes', lambda: _codecs.lookup('My Enc-X_Y.1'))
t('lookup non-ascii', lambda: _codecs.lookup('\xc9X'))
print(seen)
info = codecs.lookup('My-Codec')
print(info.name, type(info).__name__, 'abc'.encode('my codec'), b'XYZ'.decode('MY_CODEC'))
print(codecs.lookup('my_codec') is info, codecs.encode('q', 'my-codec'))
codecs.unregister(search)
t('after unregister', lambda: codecs.lookup('my_codec'))
t('lookup int', lambda: _codecs.lookup(1))
t('register int', lambda: codecs.register(1))
t('lookup_error bogus', lambda: codecs.lookup_error('bogus'))
t('register_error int', lambda: codecs.register_error('x', 1))
t('bad 4-tuple', lambda: (codecs.register(lambda n: (1, 2) if n == 'pair' else None),
                          codecs.lookup('pair')))
for name in ['utf-8', 'UTF8', 'latin_1', 'iso-8859-1', 'ascii', 'cp1252', 'utf_16_be',
             'utf-32', 'koi8-r', 'unicode_escape', 'hex']:
    i = codecs.lookup(name)
    print(name, '->', i.name, i._is_text_encoding, repr(i).startswith('<codecs.CodecInfo object'))
for n in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
          'namereplace', 'surrogateescape', 'surrogatepass']:
    print(n, codecs.lookup_error(n).__name__)

# error handlers on encode
s = 'a\xe9\u20ac\U0001f600z'
for enc in ['ascii', 'latin-1', 'cp1252']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                'namereplace', 'bogus']:
        t('%s/%s' % (enc, err), lambda: s.encode(enc, err))
t('utf-8 surrogate', lambda: 'a\ud800b'.encode('utf-8'))
t('utf-8 surrogates run', lambda: 'a\ud800\udfffb'.encode())
t('surrogateescape enc', lambda: 'a\udc80\udcffb'.encode('utf-8', 'surrogateescape'))
t('surrogateescape bad', lambda: 'a\ud800b'.encode('utf-8', 'surrogateescape'))
t('surrogatepass utf-8', lambda: 'a\ud800\udc00b'.encode('utf-8', 'surrogatepass'))
t('surrogatepass utf-16', lambda: 'a\ud800b'.encode('utf-16-le', 'surrogatepass'))
t('surrogatepass latin', lambda: 'a\ud800b'.encode('latin-1', 'surrogatepass'))

# error handlers on decode
data = b'a\xff\xe2\x82z\xc3'
for enc in ['ascii', 'utf-8']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                'xmlcharrefreplace', 'bogus']:
        t('%s/%s' % (enc, err), lambda: data.decode(enc, err))
t('surrogatepass dec', lambda: b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass'))
t('surrogateescape rt', lambda: ascii(b'\x80abc\xff'.decode('utf-8', 'surrogateescape')
                                      .encode('utf-8', 'surrogateescape')))
t('cp1252 undefined', lambda: b'a\x81'.decode('cp1252'))
t('cp1252 replace', lambda: b'a\x81\x80'.decode('cp1252', 'replace'))
t('cp1252 encode', lambda: '\u20ac\u2122'.encode('cp1252'))
t('cp1252 unmapped', lambda: 'a\u0100'.encode('cp1252'))
t('koi8-r', lambda: '\u043f\u0440\u0438'.encode('koi8-r').decode('koi8_r'))

# custom error handler
def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d:%d>' % (exc.start, exc.end), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error('mine', handler)
print('a\xe9\xe9b\u20ac'.encode('ascii', 'mine'), b'a\xff\xfeb'.decode('utf-8', 'mine'))
codecs.register_error('back', lambda e: ('', -1))
t('negative newpos', lambda: 'ab\xe9cd'.encode('ascii', 'back'))
codecs.register_error('far', lambda e: ('', 100))
t('out of bounds', lambda: 'ab\xe9cd'.encode('ascii', 'far'))
codecs.register_error('badret', lambda e: 1)
t('bad return', lambda: 'ab\xe9'.encode('ascii', 'badret'))
t('bad return dec', lambda: b'ab\xe9'.decode('ascii', 'badret'))
t('strict handler', lambda: codecs.strict_errors(1))
t('replace wrong', lambda: codecs.replace_errors(ValueError()))
t('xmlcharref decode', lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'))

# UTF-16 and UTF-32
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = 'a\xe9\U0001f600'.encode(enc)
    print(enc, b, b.decode(enc))
print(_codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
print(_codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True))
print(_codecs.utf_16_decode(b'\xff\xfea\x00b', None, False))
print(_codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b', None, False))
print(_codecs.utf_16_encode('ab', None, 1), _codecs.utf_32_encode('a', 'strict', -1))
t('utf-16 truncated', lambda: b'\xff\xfe\x00'.decode('utf-16'))
t('utf-16 high then a', lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
t('utf-16 lone low', lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
t('utf-16 high at end', lambda: b'\x00\xd8'.decode('utf-16-le'))
t('utf-16 not final', lambda: _codecs.utf_16_decode(b'\x00\xd8', 'strict', False))
t('utf-32 range', lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
t('utf-32 surrogate', lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
t('utf-32 truncated', lambda: b'\x00\xd8\x00'.decode('utf-32-le'))
t('utf-16 replace', lambda: b'a\x00\x00\xdcb\x00c'.decode('utf-16-le', 'replace'))
t('utf-16 surrogate', lambda: '\ud800'.encode('utf-16'))

# UTF-8 details
t('utf-8 incremental', lambda: _codecs.utf_8_decode(b'a\xe2\x82', None, False))
t('utf-8 final', lambda: _codecs.utf_8_decode(b'a\xe2\x82', None, True))
t('utf-8 overlong', lambda: b'\xc0\x80'.decode())
t('utf-8 bad cont', lambda: b'\xe2\x28\xa1'.decode())
t('utf-8 too big', lambda: b'\xf4\x90\x80\x80'.decode())
t('utf-8 str arg', lambda: _codecs.utf_8_decode('x'))
t('utf-8 encode bytes', lambda: _codecs.utf_8_encode(b'x'))
t('utf-8 errors int', lambda: _codecs.utf_8_encode('x', 1))
print(bytearray(b'h\xc3\xa9').decode())
print(_codecs.utf_8_decode(bytearray(b'ab')), _codecs.latin_1_decode(bytearray(b'\xe9')))

# escapes
print(_codecs.unicode_escape_encode('a\\\t\n\x00\xe9\u20ac\U0001f600\'"'))
print(_codecs.unicode_escape_decode(b'a\\n\\t\\x41\\u20ac\\U0001f600\\101\\N{EURO SIGN}\\\\'))
print(_codecs.unicode_escape_decode('\\u00e9'))
t('ue truncated x', lambda: b'\\x4'.decode('unicode_escape'))
t('ue truncated u', lambda: b'ab\\u12'.decode('unicode_escape'))
t('ue bad name', lambda: b'\\N{NO SUCH NAME}'.decode('unicode_escape'))
t('ue end', lambda: b'abc\\'.decode('unicode_escape'))
t('ue big', lambda: b'\\U00110000'.decode('unicode_escape'))
t('ue replace', lambda: b'a\\x4zb'.decode('unicode_escape', 'replace'))
print(_codecs.unicode_escape_decode(b'ab\\u12', None, False))
print(_codecs.raw_unicode_escape_encode('a\\\xe9\u20ac\U0001f600'))
print(_codecs.raw_unicode_escape_decode(b'a\\u20ac\\\\u20ac\\x\\U0001f600'))
t('raw truncated', lambda: b'\\u12'.decode('raw_unicode_escape'))
t('raw range', lambda: b'\\U00110000'.decode('raw_unicode_escape'))
print(_codecs.escape_encode(b'a\'\\\t\n\r\x00\xff"'))
print(_codecs.escape_decode(b'a\\x41\\n\\101\\\\\\\''), _codecs.escape_decode('\\x41'))
t('escape bad x', lambda: _codecs.escape_decode(b'ab\\x4'))
t('escape trailing', lambda: _codecs.escape_decode(b'ab\\'))
t('escape_encode str', lambda: _codecs.escape_encode('x'))
print(_codecs.readbuffer_encode(b'ab'), _codecs.readbuffer_encode('\xe9'))

# charmap
table = 'abc\ufffe'
print(_codecs.charmap_decode(b'\x00\x01\x02', None, table))
t('charmap undefined', lambda: _codecs.charmap_decode(b'\x03', None, table))
t('charmap out of table', lambda: _codecs.charmap_decode(b'\x09', 'replace', table))
print(_codecs.charmap_decode(b'\x00\x01', None, {0: 'x', 1: 0x263a}))
t('charmap dict missing', lambda: _codecs.charmap_decode(b'\x02', None, {0: 'x'}))
t('charmap bad value', lambda: _codecs.charmap_decode(b'\x00', None, {0: 1.5}))
m = _codecs.charmap_build('abc')
print(_codecs.charmap_encode('cab', None, m), _codecs.charmap_encode('x', 'replace', {ord('?'): 63}))
print(_codecs.charmap_encode('ab', None, {ord('a'): b'AA', ord('b'): None} if False else
                             {ord('a'): b'AA', ord('b'): 66}))
t('charmap enc missing', lambda: _codecs.charmap_encode('z', None, m))
t('charmap enc big', lambda: _codecs.charmap_encode('a', None, {97: 300}))
print(_codecs.charmap_decode(b'\xe9'), _codecs.charmap_encode('\xe9'))

# codecs.encode / decode with non-text codecs
print(codecs.encode(b'ab', 'hex'), codecs.decode(b'6162', 'hex'), codecs.encode('ab', 'rot13'))
t('text encode of bytes codec', lambda: 'x'.encode('rot13'))
t('text decode of bytes codec', lambda: b'x'.decode('hex'))
t('unknown', lambda: 'x'.encode('no-such-codec'))
t('unknown decode', lambda: codecs.decode(b'x', 'no_such'))
t('encode kwargs', lambda: codecs.encode(obj='x', encoding='ascii', errors='strict'))

# incremental and stream helpers from codecs.py over these functions
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in '\u20ac!'.encode()], dec.decode(b'', final=True))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
d16 = codecs.getincrementaldecoder('utf-16')()
print(d16.decode(b'\xff'), d16.decode(b'\xfea'), d16.decode(b'\x00'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, 'x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))

# UTF-7
for s in ['', 'abc', 'a+b', 'Hi Mom -\u263a-!', '\u65e5\u672c\u8a9e', 'a\U0001f600b', '~\\',
          'x\u20acy-z', '\u20ac-', '\u20acA', 'a\x00b', '+-+']:
    e = s.encode('utf-7')
    print(repr(s), e, e.decode('utf-7') == s)
for b in [b'+', b'+-', b'a+AGE', b'a+AGE-b', b'+2D3eAA-', b'+2D0-', b'\xff', b'+!', b'+AG',
          b'+AGF-', b'+2D3e', b'a+ZeVnLIqe-']:
    t(repr(b), lambda: b.decode('utf-7'))
    t('replace ' + repr(b), lambda: b.decode('utf-7', 'replace'))
    t('nonfinal ' + repr(b), lambda: _codecs.utf_7_decode(b, None, False))

# namereplace: algorithmic names and characters without a name
for c in ('\u4e00\uac00\ud7a3\U00020000\u3400\uf900\u0378\x85\x00\U000e0001\U0001f600'
          '\U00017000\U0001b170\u00a0\u1100\ufeff\u2028\U00018800\ue000'):
    print(hex(ord(c)), c.encode('ascii', 'namereplace'))
