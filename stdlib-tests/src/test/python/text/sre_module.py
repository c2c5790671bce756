# _sre through CPython's own compiler (re._parser, re._compiler): Pattern, Match, SRE_Scanner.
# The package re itself is not imported here: its __init__ needs enum and functools, which are
# tested elsewhere; this program loads only the compiler modules of the re package.
import sys

_re = type(sys)('re')
_re.__path__ = [p + '/re' for p in sys.path if p.endswith('python3.11')]
sys.modules['re'] = _re
import _sre
import re._compiler as C


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


def compile(p, flags=0):
    return C.compile(p, flags)


print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.ascii_iscased(0xe9))
print(_sre.unicode_iscased(0xe9), _sre.unicode_iscased(ord('1')))
print(_sre.ascii_tolower(ord('A')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9))
t('tolower big', lambda: _sre.unicode_tolower(2 ** 40))
t('iscased str', lambda: _sre.ascii_iscased('a'))
t('compile bad code', lambda: _sre.compile('a', 0, [1, 2], 0, {}, ()))
t('compile big word', lambda: _sre.compile('a', 0, [2 ** 32], 0, {}, ()))
t('compile negative word', lambda: _sre.compile('a', 0, [-1], 0, {}, ()))
t('compile str word', lambda: _sre.compile('a', 0, ['x'], 0, {}, ()))
t('compile tuple code', lambda: _sre.compile('a', 0, (1,), 0, {}, ()))
t('compile list groupindex', lambda: _sre.compile('a', 0, [], 0, [], ()))
t('compile list indexgroup', lambda: _sre.compile('a', 0, [], 0, {}, []))
t('compile int pattern', lambda: _sre.compile(1, 0, [1], 0, {}, ()))
t('compile None pattern', lambda: _sre.compile(None, 0, [1], 0, {}, ()))
t('None pattern on bytes', lambda: _sre.compile(None, 0, [1], 0, {}, ()).match(b'a'))
t('keywords', lambda: _sre.compile(pattern='a', flags=0, code=[1], groups=0, groupindex={},
                                   indexgroup=()))

p = compile('(a)(?P<n>b)?c')
print(p, p.groups, p.groupindex, type(p.groupindex).__name__, p.flags, p.pattern)
print(type(p).__name__, type(p).__module__, type(compile('x').groupindex).__name__)
m = p.match('acx')
print(m, m.groups(), m.group(0, 1), m.span(), m.regs, m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.string, m.re is p, m[0], m['n'], m[1])
print(m.groupdict(), m.groupdict(default='z'), m.groups(default=1), m.groups(0))
print(m.start(), m.end(), m.start(2), m.span('n'), m.span(1))
for bad in (3, -1, 'x', 1.5, 2 ** 70):
    t('group %r' % (bad,), lambda: m.group(bad))
t('group True', lambda: m.group(True))
t('start bad', lambda: m.start('nope'))
print(p.findall('ac abc'), p.split('xacyabcz'), list(p.finditer('ac abc')))
print(p.sub('-', 'xacyabcz'), p.subn(lambda m: m.group(1).upper(), 'xacyabcz'))
print(p.sub('-', 'xacyabcz', 1), p.sub('-', 'xacyabcz', count=-1), p.split('xacyabcz', 1))
t('sub int result', lambda: p.sub(lambda m: 1, 'ac'))
t('sub bytes literal', lambda: p.sub(b'x', 'ac'))
t('sub None result', lambda: p.sub(lambda m: None, 'xacy'))
t('match int', lambda: p.match(1))
t('match bytes', lambda: p.match(b'ac'))
t('pattern()', lambda: type(p)())
t('match()', lambda: type(m)())
t('Pattern[str]', lambda: type(p)[str])
t('Match[bytes]', lambda: type(m)[bytes])

# windows: pos and endpos
q = compile('b+')
print(q.search('abbbc', 2), q.search('abbbc', 2, 3), q.match('abbbc', 1, -5), q.match('abbbc', 1))
print(q.fullmatch('abbbc', 1, 4), q.fullmatch('abbbc', 1, 3), q.search('abbbc', pos=10))
print(q.findall("abbcbbb", 2), q.findall("abbcbbb", endpos=5))
t("endpos huge", lambda: q.search("bb", 0, 2 ** 80))
t("pos float", lambda: q.search("b", 1.0))
t("split str", lambda: q.split("abc", "x"))
t("sub count str", lambda: q.sub("x", "abc", count="x"))
t("groups 2 args", lambda: m.groups(1, 2))
t("start 2 args", lambda: m.start(1, 2))
t("group list", lambda: m.group([]))
t('pos str', lambda: q.search('b', 'x'))
t('pos huge', lambda: q.search('b', 2 ** 80))

# empty matches and the must-advance rule
e = compile('x*')
print(e.split('axbc'), e.findall('axxb'), e.sub('-', 'abxd'), e.subn('', 'abc'))
print([m.span() for m in e.finditer('axxb')])
sc = e.scanner('axb')
print(type(sc).__name__, type(sc).__module__, sc.pattern is e)
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.search())

# flags and repr
print(compile('a', 2 | 8 | 16 | 64 | 256))
print(compile('a', 32), compile('a' * 300))
print(compile('a', (1 << 20) | 2))
print(compile('%s' % ("'" * 3)), compile('a\nb'))
print(compile('x' * 100).match('x' * 100))
print(compile('a', 2).match('A'), compile('é+', 2).search('ÉÉé'))
print(compile('😀+').search('a😀😀b'), compile('(.)(.)').match('😀' + chr(0xdc80)))
print(compile('.', 16).findall('a\nb'), compile('^b', 8).findall('a\nb\nb'))

# equality, hashing, copying
p1, p2, p3 = compile('ab'), compile('ab'), compile('ab', 2)
print(p1 == p2, p1 != p2, p1 == p3, hash(p1) == hash(p2), p1 == 'ab')
print(p1.__copy__() is p1, p1.__deepcopy__({}) is p1, m.__copy__() is m, m.__deepcopy__({}) is m)

# bytes patterns without character sets
b = compile(b'(a)(b)?')
print(b, b.match(b'ax'), b.match(b'ab').groups(), b.split(b'xaybz'), b.findall(b'ab a'))
print(b.sub(b'-', b'xaya'), b.sub(lambda m: m.group(1) * 2, b'xab'))
t('bytes on str', lambda: b.match('a'))
t('bytes sub str', lambda: b.sub('x', b'a'))
t('bytes sub callable str', lambda: b.sub(lambda m: 'x', b'a'))

# str subclass subjects give plain str slices
class S(str):
    pass
mm = compile('(b)').search(S('abc'))
print(type(mm.group(1)).__name__, type(mm.string).__name__, mm.string)

# lastindex and lastgroup
g = compile('(?P<x>a)|(?P<y>b)|(c)')
for s in 'abc':
    mm = g.match(s)
    print(s, mm.lastindex, mm.lastgroup, mm.groupdict())
print(compile('((a)b)').match('ab').lastindex, compile('(a)(b)').match('ab').lastindex)

# character sets (the compiler builds them with bytearray)
print(compile('[a-c]+').findall('xabcay'), compile('[^a-c]+').findall('xabcay'))
print(compile(r'\d+').findall('a12b345'), compile(r'\w+').findall('h\xe9 w\xf6rld_1 !'))
print(compile(r'\w+', 256).findall('h\xe9 w\xf6rld_1 !'), compile(r'\s+').split('a b\t\nc'))
print(compile('[\u0100-\u0200x]+').findall('a\u0150x\u0101b'), compile('[^\\W\\d]+').findall('ab1c_'))
print(compile('[A-Z]+', 2).findall('abCD'), compile('(?i)[\xe9]').findall('\xc9\xe9'))
print(compile('[\U0001f600-\U0001f64f]+').findall('a\U0001f600\U0001f601b'))
rb = compile(rb'[a-c]+|\d+')
print(rb.findall(b'xab12c'), rb.sub(b'-', b'xab12c'), rb.split(bytearray(b'xab12c')))
print(rb.search(bytearray(b'zz9')), rb.match(b'abc').group(), compile(rb'\w+').findall(b'\xe9ab c'))
print(compile(rb'(?i)[A-Z]+').findall(b'abCD'), compile(rb'\x00[\x80-\xff]+').findall(b'\x00\x81\xfe!'))
import re._parser as P


# what re/__init__.py gives _sre for templates (that module needs more than this test loads)
def _subx(pattern, template):
    parsed = P.parse_template(template, pattern)
    if not parsed[0] and len(parsed[1]) == 1:
        return parsed[1][0]
    return lambda m: P.expand_template(parsed, m)


_re._subx = _subx
_re._expand = lambda pattern, m, template: P.expand_template(
    P.parse_template(template, pattern), m)
t('bytes pattern on bytearray sub', lambda: rb.sub(b'<\\g<0>>', bytearray(b'ab1')))
t('str template', lambda: compile('(a)(?P<n>b)').sub(r'\2\1\g<n>\\', 'xaby'))
t('expand', lambda: compile('(a)(?P<n>b)').match('ab').expand(r'[\g<n>\1]'))
t('escaped literal', lambda: compile('a').sub(r'\n', 'xay'))
t('bad group', lambda: compile('a').sub(r'\1', 'a'))
t('bad escape', lambda: compile('a').sub(r'\q', 'a'))
t('subn template', lambda: compile('(?P<w>o)').subn(r'[\g<w>]', 'foo', 1))
t('expand bytes', lambda: compile(b'(a)').match(b'a').expand(rb'<\1>'))
