# _csv directly (csv.py itself needs io.StringIO and more of the library).
import _csv


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(_csv) if not n.startswith("__")))
print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Error.__mro__, _csv.Dialect, _csv.Reader, _csv.Writer)
d = _csv.Dialect(delimiter=";")
print([getattr(d, n) for n in ("delimiter", "doublequote", "escapechar", "lineterminator",
                               "quotechar", "quoting", "skipinitialspace", "strict")])
for kw in [dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=1), dict(quotechar=""),
           dict(quotechar=None), dict(quoting=7), dict(quoting=True), dict(quoting=1.0),
           dict(lineterminator=1), dict(lineterminator=None), dict(escapechar="ab"),
           dict(quotechar=None, quoting=0), dict(delimiter=None), dict(bogus=1),
           dict(delimiter="\n"), dict(delimiter=" ", skipinitialspace=True)]:
    show(lambda: [getattr(_csv.Dialect(**kw), n) for n in ("delimiter", "quotechar", "quoting")])
show(lambda: _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
try:
    d.delimiter = ","
except AttributeError:
    print("AttributeError")

rows = ['a,b,c', '"quoted, comma","say ""hi""",x', '', '  lead, trail  ,"multi', 'line"',
        'x;y', "1,2.5,-3", '"unterminated']
r = _csv.reader(rows)
print(r.line_num, type(r).__name__)
for rec in r:
    print(r.line_num, rec)
show(lambda: list(_csv.reader(['a b;c'], delimiter=";", skipinitialspace=True)))
show(lambda: list(_csv.reader(['a\\,b,c'], escapechar="\\")))
show(lambda: list(_csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
show(lambda: list(_csv.reader(['1,"2",3.5'], quoting=_csv.QUOTE_NONNUMERIC)))
show(lambda: list(_csv.reader(['1,x'], quoting=_csv.QUOTE_NONNUMERIC)))
show(lambda: list(_csv.reader(["'a,b',c"], quotechar="'")))
show(lambda: list(_csv.reader(['"a,b",c'], quoting=_csv.QUOTE_NONE)))
show(lambda: list(_csv.reader(['a\r\n', 'b\n', 'c\r'])))
show(lambda: list(_csv.reader(['a\0b'])))
show(lambda: list(_csv.reader(['a\nb'])))
show(lambda: list(_csv.reader(['"a"b'], strict=True)))
show(lambda: list(_csv.reader(['"a"b'])))
show(lambda: list(_csv.reader(['"ab'], strict=True)))
show(lambda: list(_csv.reader([b'a'])))
show(lambda: _csv.reader(1))
show(lambda: _csv.reader())
show(lambda: _csv.reader([], bogus=1))
show(lambda: _csv.writer(1))
limit = _csv.field_size_limit()
show(lambda: _csv.field_size_limit(5))
show(lambda: list(_csv.reader(['abcdef'])))
show(lambda: _csv.field_size_limit(limit))
show(lambda: _csv.field_size_limit("a"))
show(lambda: _csv.field_size_limit(1, 2))

for kw in [{}, dict(quoting=_csv.QUOTE_ALL), dict(quoting=_csv.QUOTE_NONNUMERIC),
           dict(quoting=_csv.QUOTE_NONE, escapechar="\\"), dict(delimiter="\t", lineterminator="\n"),
           dict(doublequote=False, escapechar="\\"), dict(quotechar="'")]:
    s = Sink()
    w = _csv.writer(s, **kw)
    w.writerow(["plain", "with,comma", 'with "quote"', "line\nbreak", 1, 2.5, None, True, "", " sp "])
    w.writerows([[1, 2], [], ["x"]])
    print(kw, s.parts)
s = Sink()
w = _csv.writer(s)
show(lambda: w.writerow([""]))
show(lambda: w.writerow(1))
show(lambda: _csv.writer(Sink(), quoting=_csv.QUOTE_NONE).writerow(["a,b"]))
show(lambda: _csv.writer(Sink(), quoting=_csv.QUOTE_NONE).writerow([""]))
show(lambda: _csv.writer(Sink(), quoting=_csv.QUOTE_NONE, escapechar="\\").writerow(['a"b']))
print(s.parts, w.dialect.delimiter)

_csv.register_dialect("semi", delimiter=";", quoting=_csv.QUOTE_ALL)
print(_csv.list_dialects(), _csv.get_dialect("semi").delimiter, _csv.get_dialect("semi").quoting)
show(lambda: list(_csv.reader(["a;b"], "semi")))
show(lambda: list(_csv.reader(["a;b"], "semi", delimiter=",")))
show(lambda: _csv.get_dialect("nope"))
show(lambda: _csv.unregister_dialect("nope"))
show(lambda: _csv.register_dialect(1))
show(lambda: _csv.register_dialect("x", bogus=2))


class MyDialect:
    delimiter = "|"
    quotechar = "'"
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = _csv.QUOTE_MINIMAL
    strict = False


show(lambda: list(_csv.reader(["a|'b|c'"], MyDialect)))
_csv.unregister_dialect("semi")
print(_csv.list_dialects())
