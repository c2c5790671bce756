"""Imports every module of issue #6's list in one process and uses each a little.

Prints one line per module: NAME, then OK and the smoke use's result, or FAIL and the
exception. ImportListTest runs this under CPython 3.11 and under Taipan and compares the lines.
"""
import sys


def smoke_abc(m):
    class Base(m.ABC):
        @m.abstractmethod
        def f(self): ...
    try:
        Base()
    except TypeError as e:
        return str(e)


def smoke_argparse(m):
    p = m.ArgumentParser(prog="p")
    p.add_argument("--n", type=int, default=3)
    p.add_argument("names", nargs="*")
    return repr(vars(p.parse_args(["--n", "5", "a", "b"])))


def smoke_ast(m):
    return m.dump(m.parse("x = 1 + 2"))


def smoke_base64(m):
    return repr((m.b64encode(b"taipan"), m.b64decode(b"dGFpcGFu"), m.b32encode(b"ab")))


def smoke_bisect(m):
    a = [1, 3, 5, 7]
    m.insort(a, 4)
    return repr((m.bisect_left(a, 5), m.bisect_right(a, 5), a))


def smoke_calendar(m):
    return m.month(2024, 2)


def smoke_codecs(m):
    return repr((m.encode("h\xe9", "utf-16-le"), m.lookup("UTF8").name, m.decode(b"\xff", "latin-1")))


def smoke_collections(m):
    c = m.Counter("abracadabra")
    P = m.namedtuple("P", "x y")
    d = m.OrderedDict(a=1, b=2)
    d.move_to_end("a")
    return repr((c.most_common(2), P(1, 2), list(d), m.ChainMap({1: 2}, {3: 4})[3]))


def smoke_collections_abc(m):
    return repr((isinstance([], m.MutableSequence), issubclass(dict, m.Mapping), isinstance(1, m.Hashable)))


def smoke_contextlib(m):
    out = []

    @m.contextmanager
    def cm():
        out.append("in")
        yield 5
        out.append("out")
    with cm() as v:
        out.append(v)
    with m.suppress(KeyError):
        {}[1]
    return repr(out)


def smoke_copy(m):
    a = [[1, 2], {"k": (3, [4])}]
    b = m.deepcopy(a)
    b[1]["k"][1].append(5)
    return repr((a, b, m.copy(a)[0] is a[0]))


def smoke_copyreg(m):
    return repr(m._reconstructor.__name__)


def smoke_csv(m):
    import io
    buf = io.StringIO()
    w = m.writer(buf)
    w.writerow(["a", "b,c", 'q"'])
    return repr((buf.getvalue(), list(m.reader(["x,\"y,z\",1"]))))


def smoke_dataclasses(m):
    @m.dataclass(order=True)
    class P:
        x: int
        y: int = 0
    return repr((P(1), P(1, 2) < P(2), m.asdict(P(3, 4)), m.fields(P)[0].name))


def smoke_datetime(m):
    d = m.datetime(2024, 2, 29, 13, 5, 7)
    return repr((d, d.isoformat(), d + m.timedelta(days=1), d.strftime("%Y-%m-%d %H:%M"), d.weekday()))


def smoke_decimal(m):
    m.getcontext().prec = 30
    return repr((m.Decimal(1) / m.Decimal(7), m.Decimal("1.10") + m.Decimal("2.205")))


def smoke_difflib(m):
    return "".join(m.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y"))


def smoke_dis(m):
    return repr(m.opname[100])


def smoke_enum(m):
    class Color(m.Enum):
        RED = 1
        GREEN = 2

    class Perm(m.IntFlag):
        R = 4
        W = 2
    return repr((Color.RED, Color(2), list(Color), Perm.R | Perm.W, Color.RED.name))


def smoke_errno(m):
    return repr((m.ENOENT, m.errorcode[m.EACCES]))


def smoke_fnmatch(m):
    return repr((m.fnmatch("a.py", "*.py"), m.filter(["a.c", "b.py"], "*.c")))


def smoke_fractions(m):
    return repr((m.Fraction(3, 6), m.Fraction("1.25") + 1, m.Fraction(1, 3) ** 2))


def smoke_functools(m):
    @m.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return repr((fib(50), m.reduce(lambda a, b: a * b, range(1, 10)), m.partial(int, base=2)("101")))


def smoke_gc(m):
    return repr(m.isenabled())


def smoke_getopt(m):
    return repr(m.getopt(["-a", "-b", "x", "rest"], "ab:"))


def smoke_gettext(m):
    return m.gettext("hello")


def smoke_glob(m):
    return repr(m.escape("a[b]*"))


def smoke_hashlib(m):
    return repr((m.sha256(b"abc").hexdigest(), m.md5(b"").hexdigest(), m.new("sha1", b"x").hexdigest()))


def smoke_heapq(m):
    h = [5, 1, 4, 2]
    m.heapify(h)
    return repr(([m.heappop(h) for _ in range(4)], m.nlargest(2, [3, 9, 1])))


def smoke_hmac(m):
    return m.new(b"key", b"msg", "sha256").hexdigest()


def smoke_html(m):
    return repr((m.escape("<a href='x'>&</a>"), m.unescape("&lt;&amp;&#x41;")))


def smoke_importlib(m):
    return m.import_module("json.decoder").__name__


def smoke_inspect(m):
    def f(a, b=2, *c, d, **e): ...
    return str(m.signature(f))


def smoke_io(m):
    s = m.StringIO()
    s.write("a\nb\n")
    s.seek(0)
    return repr((s.readlines(), m.BytesIO(b"xyz").read(2)))


def smoke_itertools(m):
    return repr((list(m.permutations("abc", 2))[:3], list(m.accumulate([1, 2, 3]))))


def smoke_json(m):
    return m.dumps({"a": [1, 2.5, None, True], "b": "\u00e9"}, sort_keys=True) + repr(m.loads('{"x": [1, {"y": null}]}'))


def smoke_keyword(m):
    return repr((m.iskeyword("for"), m.issoftkeyword("match")))


def smoke_linecache(m):
    return repr(m.getline("/nonexistent/file.py", 1))


def smoke_locale(m):
    return repr(m.getpreferredencoding(False) in ("UTF-8", "utf-8", "ANSI_X3.4-1968"))


def smoke_logging(m):
    import io
    buf = io.StringIO()
    log = m.getLogger("smoke")
    h = m.StreamHandler(buf)
    h.setFormatter(m.Formatter("%(levelname)s:%(name)s:%(message)s"))
    log.addHandler(h)
    log.warning("careful %d", 3)
    return buf.getvalue()


def smoke_math(m):
    return repr((m.sqrt(2), m.factorial(20), m.gcd(12, 18), m.isclose(0.1 + 0.2, 0.3)))


def smoke_numbers(m):
    return repr((isinstance(1, m.Integral), isinstance(1.5, m.Rational), isinstance(1j, m.Complex)))


def smoke_operator(m):
    return repr((m.itemgetter(1, 0)("ab"), m.attrgetter("real")(3), m.add(2, 3)))


def smoke_os(m):
    return repr((m.sep, m.getcwd() == m.path.abspath("."), m.fspath("x"), "PATH" in m.environ))


def smoke_os_path(m):
    return repr((m.join("a", "b", "c.txt"), m.splitext("x/y.tar.gz"), m.normpath("a//b/../c"), m.basename("/p/q")))


def smoke_pathlib(m):
    p = m.PurePosixPath("/usr/lib/python3.11/os.py")
    return repr((p.name, p.suffix, p.parent.as_posix(), p.with_suffix(".pyc").name, m.Path("a") / "b"))


def smoke_pickle(m):
    data = {"a": [1, 2, (3, 4)], "b": {1.5, "x"}}
    return repr(m.loads(m.dumps(data)) == data)


def smoke_pkgutil(m):
    return repr(sorted(n for _, n, _ in m.iter_modules(__import__("json").__path__)))


def smoke_platform(m):
    return repr(m.system())


def smoke_pprint(m):
    return m.pformat({"k%d" % i: list(range(i)) for i in range(6)}, width=40)


def smoke_queue(m):
    q = m.Queue()
    for i in (3, 1, 2):
        q.put(i)
    p = m.PriorityQueue()
    for i in (3, 1, 2):
        p.put(i)
    return repr(([q.get() for _ in range(3)], [p.get() for _ in range(3)]))


def smoke_random(m):
    r = m.Random(12345)
    return repr((r.random(), r.randint(1, 100), r.choice("abcdef"), r.sample(range(50), 3)))


def smoke_re(m):
    return repr((m.findall(r"\d+", "a1b22c333"), m.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"),
                 m.match(r"(?P<k>\w+)=(?P<v>\w+)", "a=b").groupdict()))


def smoke_reprlib(m):
    return m.repr(list(range(100)))


def smoke_runpy(m):
    return repr(callable(m.run_module))


def smoke_secrets(m):
    return repr(len(m.token_hex(8)))


def smoke_shlex(m):
    return repr((m.split("a 'b c' \"d e\""), m.quote("it's")))


def smoke_shutil(m):
    return repr(m.which("sh") is not None)


def smoke_signal(m):
    return repr((int(m.SIGINT), m.getsignal(m.SIGINT) is m.default_int_handler))


def smoke_site(m):
    return repr(callable(m.getsitepackages))


def smoke_socket(m):
    return repr((m.AF_INET, m.htons(1)))


def smoke_stat(m):
    return repr((m.S_ISDIR(0o40755), m.filemode(0o100644)))


def smoke_statistics(m):
    return repr((m.mean([1, 2, 3, 4]), m.median([3, 1, 2]), m.stdev([1.0, 2.0, 4.0])))


def smoke_string(m):
    return repr((m.ascii_letters[:5], m.Template("$a-$b").substitute(a=1, b=2), m.Formatter().format("{0}{x}", 1, x=2)))


def smoke_struct(m):
    return repr((m.pack("<hIq", -2, 7, 1 << 40), m.unpack(">d", m.pack(">d", 1.5)), m.calcsize("@bi")))


def smoke_subprocess(m):
    r = m.run(["echo", "hi"], capture_output=True)
    return repr((r.returncode, r.stdout))


def smoke_sys(m):
    return repr((m.version_info[:2], m.maxsize, m.byteorder))


def smoke_tempfile(m):
    import os
    with m.TemporaryDirectory() as d:
        with open(os.path.join(d, "f.txt"), "w") as f:
            f.write("x")
        return repr(sorted(os.listdir(d)))


def smoke_textwrap(m):
    return m.fill("The quick brown fox jumps over the lazy dog " * 2, width=30)


def smoke_threading(m):
    out = []
    t = m.Thread(target=lambda: out.append(m.current_thread().name), name="worker")
    t.start()
    t.join()
    return repr(out)


def smoke_time(m):
    return repr(m.gmtime(0)[:6])


def smoke_timeit(m):
    return repr(m.timeit("1 + 1", number=10) >= 0)


def smoke_token(m):
    return repr((m.NAME, m.tok_name[m.OP]))


def smoke_tokenize(m):
    import io
    toks = m.generate_tokens(io.StringIO("x = 1\n").readline)
    return repr([(t.type, t.string) for t in toks])


def smoke_traceback(m):
    try:
        1 / 0
    except ZeroDivisionError as e:
        return "".join(m.format_exception_only(type(e), e))


def smoke_types(m):
    ns = m.SimpleNamespace(a=1)
    return repr((ns, m.FunctionType.__name__, m.MappingProxyType({1: 2})[1]))


def smoke_typing(m):
    T = m.TypeVar("T")

    class Box(m.Generic[T]):
        pass
    return repr((m.List[int], m.Optional[str], Box[int], m.get_type_hints(smoke_typing)))


def smoke_unittest(m):
    class T(m.TestCase):
        def test_ok(self):
            self.assertEqual(1 + 1, 2)

        def test_bad(self):
            self.assertEqual(1, 2)
    import io
    result = m.TextTestRunner(stream=io.StringIO(), verbosity=0).run(
        m.defaultTestLoader.loadTestsFromTestCase(T))
    return repr((result.testsRun, len(result.failures)))


def smoke_urllib_parse(m):
    u = m.urlparse("https://user@example.com:8080/p/a?q=1&r=2#frag")
    return repr((u.hostname, u.port, m.parse_qs(u.query), m.quote("a b/c"), m.urlencode({"k": "v w"})))


def smoke_uuid(m):
    return str(m.UUID("12345678123456781234567812345678")) + " " + str(m.uuid5(m.NAMESPACE_DNS, "python.org"))


def smoke_warnings(m):
    with m.catch_warnings(record=True) as w:
        m.simplefilter("always")
        m.warn("careful", UserWarning)
    return repr([str(x.message) for x in w])


def smoke_weakref(m):
    class C:
        pass
    c = C()
    r = m.ref(c)
    d = m.WeakValueDictionary()
    d[1] = c
    return repr((r() is c, len(d)))


def smoke_zipfile(m):
    import io
    buf = io.BytesIO()
    with m.ZipFile(buf, "w", m.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "hello " * 10)
    with m.ZipFile(io.BytesIO(buf.getvalue())) as z:
        return repr((z.namelist(), z.read("a.txt")[:11]))


def smoke_zlib(m):
    data = b"taipan " * 20
    return repr((m.decompress(m.compress(data)) == data, m.crc32(data), m.adler32(data)))


MODULES = """abc argparse ast base64 bisect calendar codecs collections collections.abc contextlib copy
copyreg csv dataclasses datetime decimal difflib dis enum errno fnmatch fractions functools gc
getopt gettext glob hashlib heapq hmac html importlib inspect io itertools json keyword linecache
locale logging math numbers operator os os.path pathlib pickle pkgutil platform pprint queue
random re reprlib runpy secrets shlex shutil signal site socket stat statistics string struct
subprocess sys tempfile textwrap threading time timeit token tokenize traceback types typing
unittest urllib.parse uuid warnings weakref zipfile zlib""".split()


def main():
    for name in MODULES:
        try:
            __import__(name)
            module = sys.modules[name]
            result = globals()["smoke_" + name.replace(".", "_")](module)
            line = "OK\t" + repr(result)
        except BaseException as e:  # every failure is reported, none stops the list
            line = "FAIL\t%s: %s" % (type(e).__name__, e)
        print(name + "\t" + line.replace("\n", "\\n"))


main()
