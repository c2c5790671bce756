# _string: the parsers behind string.Formatter (formatter_parser, formatter_field_name_split).
import _string


def parse(s):
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


def split(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), type(rest).__name__, list(rest))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ['', 'abc', 'a{{b', 'a}}b', '{}', 'x{0!r:>{w}} y', '{a.b[c]}', '{!r}', '{:}',
          '{0!}', '{0!r', '{0!rx}', '{', '}', 'a{b', '{a{b}', '{a[}]}', '{0:{', '{0!r:',
          '{a:b}}', '{{}}', '}}{{', '{0}{1}{}', 'é{x}😀{y!s:^10}z', '{0[1]:{2}{3}}', '{!}',
          '{a!a}', 'x}', 'x}}', '{[}']:
    parse(s)

for s in ['', 'a', '0', '12.x[3][k]', 'a.', 'a[', 'a]x', 'a[0]x', '99999999999999999999',
          'a..b', 'a[]', '\u0663', 'x[1][-1].y', 'é.😀', '[0]', '.a', '007']:
    split(s)

for bad in (1, b'x', None):
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

it = _string.formatter_parser('a{0}b')
print(type(it).__name__, iter(it) is it, next(it), next(it), next(it, 'end'))
first, rest = _string.formatter_field_name_split('x.y')
print(type(rest).__name__, iter(rest) is rest, next(rest), next(rest, 'end'))
print(sorted(n for n in dir(_string) if not n.startswith('__')))


# what string.Formatter does with them (a small version of vformat)
def vformat(fmt, args, kwargs):
    out = []
    auto = 0
    for literal, field, spec, conv in _string.formatter_parser(fmt):
        out.append(literal)
        if field is None:
            continue
        if field == '':
            field = str(auto)
            auto += 1
        first, rest = _string.formatter_field_name_split(field)
        obj = args[first] if isinstance(first, int) else kwargs[first]
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        if conv == 'r':
            obj = repr(obj)
        elif conv == 's':
            obj = str(obj)
        out.append(format(obj, vformat(spec, args, kwargs) if '{' in spec else spec))
    return ''.join(out)


class P:
    x = 3
    items = ['a', 'b']


print(vformat('{0.x} {0.items[1]} {k!r:>6} {1} {2:{w}}|', (P(), 'z', 'q'), {'k': 'v', 'w': 4}))
print(vformat('{}-{}-{!r}', ('a', 'b', 'c'), {}))
