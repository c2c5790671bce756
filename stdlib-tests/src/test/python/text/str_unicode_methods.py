# str methods over non-ASCII and non-BMP text, and the identity rules of CPython's str.
class S(str):
    pass

s = '\U00100304' * 3 + 'a_' + '\u0102'
print(s.find('a'), s.rfind('\U00100304'), s.index('\u0102'), s.count('\U00100304'),
      s.find('a_', 1, 5), s.count(''), ('\U00100304' * 4).count('\U00100304\U00100304'))
print(ascii('x'.center(4, '\U0010FFFF')), ascii('\U00010000'.zfill(3)), ascii('-\U00010000'.zfill(4)))

for m in ['center', 'ljust', 'rjust']:
    o = S('abc')
    r = getattr(o, m)(2)
    print(m, r is o, type(r).__name__)
print(type(S('12').zfill(1)).__name__, type(S('spam').removeprefix('x')).__name__,
      type(S('spam').removesuffix('x')).__name__, type(S('a').partition('x')[0]).__name__)
t = 'abcd'
u = 'abc'
print(''.join([t]) is t, type(''.join([S('abcd')])).__name__, u.__getnewargs__()[0] is not u)

for m in [{ord('a'): 0x110000}, {ord('a'): -1}, {ord('a'): 1.5}, {ord('a'): 'xy'},
          {ord('a'): None}, {ord('a'): ord('\U0001f600')}]:
    try:
        print(ascii('abc'.translate(m)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a in [(2, 'def'), ('abc', 2), ('abc', 'def', 2), ({1.5: 2},), ({'ab': 1},), ({1: 2},),
          ('a', 'b', 'c', 'd'), ({'\U0001f600': 'x'},)]:
    try:
        print(str.maketrans(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(repr('{0:0s}'.format('ab')), repr(format('ab', '05')), repr(format('ab', '<05')),
      repr(format(12, '<05')), repr(format(12, 'x<05')), repr(format(1.5, '^07')))
for f, a in [('{0.}', (0,)), ('{0[]}', ([1],)), ('{}', ())]:
    try:
        print(f.format(*a))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
class M(dict):
    def __missing__(self, key):
        return key
print('{hello} {a}'.format_map(M(a=1)))
for f in ['{}', '{0}']:
    try:
        print(f.format_map({'a': 2}))
    except ValueError as e:
        print(type(e).__name__, e)

class ToS(str):
    def __str__(self):
        return '__str__ overridden'
print('{}'.format(ToS('xxx')), format(ToS('xxx'), ''), format(ToS('xxx'), '5'))
class Sub(str):
    def __new__(cls, content=''):
        return str.__new__(cls, 2 * content)
    def __str__(self):
        return self
print(type(str(Sub('foo'))).__name__, type(S(Sub('foo'))).__name__, S(Sub('foo')))

class RaisingNumber:
    def __int__(self):
        raise RuntimeError('int')
    def __index__(self):
        raise RuntimeError('index')
for f in ['%d', '%i', '%u', '%x']:
    try:
        print(f % RaisingNumber())
    except RuntimeError as e:
        print(f, e)
print('%d %i' % (3.7, True))

# Character classes beyond the JVM's Unicode version and beyond ASCII.
for c in ['\u0d81', '\U00011f00', '\u1e9e', '\u00b5', '\u2160', '\u00bd', '\u0660', '\u3000',
          '\x1c', '\x85', '\u200b', '\U0001fae0']:
    print(hex(ord(c)), c.isalnum(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(),
          c.isspace(), c.isprintable(), c.isidentifier(), ('a' + c).isidentifier(),
          len(('a' + c + 'b').split()), len(('a' + c + 'b').splitlines()))
print(int('\u0661\u0662'), float('\u0663.5'), int('\U0001d7ce\U0001d7cf'))
print(repr('\u0d81\U00011f00\u00ad\u2028'), ascii('ǅungla'.title()), 'ǅ'.istitle())
for f in ['{!}', '{!x}', '{0!}', '{0!r', '{0!rr}', '{!r:}', '{0!r:>5}', '{0[!]}', '{0:!>5}', '{0!s:{1}}', '{', '{0', '{0:{1}']:
  try: print(repr(f.format(1, 4)))
  except (ValueError, IndexError) as e: print(f, type(e).__name__)
