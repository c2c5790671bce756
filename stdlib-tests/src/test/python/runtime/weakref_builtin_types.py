# Which builtin objects can be weakly referenced: the types CPython 3.11 gives a weak-reference
# list (functions, types, modules, sets, io objects, ...) and none of the others (descriptors,
# containers, iterators, itertools and operator objects, struct sequences, ...).
import weakref, sys, types, itertools, collections, functools, re, io, operator, decimal
class C:
    x = property(lambda s: 1)
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    __slots__ = ()
s = 1
def gen(): yield 1
async def co(): pass
import warnings; warnings.simplefilter("ignore")
objs = {
 "getset_descriptor": type.__dict__["__dict__"],
 "member_descriptor": type("S", (), {"__slots__": ("a",)}).__dict__["a"],
 "method_descriptor": str.__dict__["join"],
 "wrapper_descriptor": object.__dict__["__init__"],
  "builtin_function_or_method": len,
 "builtin method": [].append,
 "method-wrapper": (1).__add__,
 "function": gen,
 "method": C().m,
 "type": int,
 "module": sys,
 "property": C.__dict__["x"],
 "staticmethod": C.__dict__["s"],
 "classmethod": C.__dict__["c"],
 "generator": gen(),
 "coroutine": co(),
 "code": gen.__code__,
 "frame": sys._getframe(),
 "set": set(),
 "frozenset": frozenset(),
 "list": [],
 "dict": {},
 "mappingproxy": C.__dict__,
 "cell": (lambda: objs).__closure__ if False else None,
 "partial": functools.partial(len),
 "deque": collections.deque(),
 "Pattern": re.compile("a"),
 "Match": re.match("a", "a"),
 "BytesIO": io.BytesIO(),
 "StringIO": io.StringIO(),
 "itemgetter": operator.itemgetter(1),
 "SimpleNamespace": types.SimpleNamespace(),
 "GenericAlias": list[int],
 "memoryview": memoryview(b""),
 "weakref": weakref.ref(C),
 "object": object(),
 "Exception": Exception(),
 "count": itertools.count(),
 "range": range(1),
 "slice": slice(1),
 "super": super(C, C()),
 "NotImplemented": NotImplemented,
 "Ellipsis": ...,
 "None": None,
 "instance with slots": C(),
 "traceback": None,
 "lru_cache": functools.lru_cache(len),
 "TextIOWrapper": open("/dev/null"),
 "FileIO": open("/dev/null","rb",buffering=0),
 "BufferedWriter": open("/dev/null", "wb"),
 "dict_keys": {}.keys(),
 "list_iterator": iter([]),
 "enumerate": enumerate([]),
 "bytearray": bytearray(),
 "lock": __import__("_thread").allocate_lock(),
 "RLock": __import__("_thread").RLock(),
 "local": __import__("_thread")._local(),
 "struct": __import__("struct").Struct("b"),
 "csv reader": __import__("csv").reader([]),
 "staticmethod2": staticmethod(len),
 "bytes": b"", "int": 1, "str": "", "tuple": (), "float": 1.0, "complex": 1j, "bool": True,
 "cell": (lambda y: (lambda: y))(1).__closure__[0],
 "property2": property(),
 "zip": zip(), "map": map(len, []),
 "TextIOWrapper2": io.TextIOWrapper(io.BytesIO()),
 "Pattern2": re.compile(b"x"),
 "defaultdict": collections.defaultdict(),
 "OrderedDict": collections.OrderedDict(),
 "Counter": collections.Counter(),
 "method_of_builtin_class": dict.fromkeys,
 "functools.cmp_to_key": functools.cmp_to_key(len),
 "reduce": functools.reduce,
 "ContextVar": __import__("contextvars").ContextVar("x"),
 "Context": __import__("contextvars").Context(),
 "async_generator": (lambda: (yield))(),
 "type(None)": type(None),
 "exception instance subclass": type("E", (Exception,), {})(),
 "UnionType": int | str,
}
for name, o in objs.items():
    if o is None: continue
    try:
        weakref.ref(o); r = "ok"
    except TypeError as e:
        r = "TypeError: %s" % e
    print("%-28s %s" % (name, r))

import weakref, itertools, operator, os, time, sys, csv, io, re, collections, functools, types, _thread, select, struct, zlib, hashlib, random
objs = [itertools.cycle([]), itertools.repeat(1), itertools.chain(), itertools.islice([], 1), itertools.groupby([]), itertools.product(), itertools.tee([])[0], itertools.accumulate([]), itertools.starmap(len, []), itertools.zip_longest(), itertools.pairwise([]), itertools.compress([], []), itertools.permutations([]),
        operator.attrgetter("a"), operator.methodcaller("a"), os.stat("."), time.localtime(), csv.writer(io.StringIO()), csv.Dialect, csv.get_dialect("excel"),
        re.compile("a").scanner("a"), collections.OrderedDict(), os.scandir("."), zlib.compressobj(), zlib.decompressobj(), random.Random(), sys.implementation, os.environ,
        types.MappingProxyType({}), iter(b""), iter({}), reversed([]), memoryview(b"").cast("B"), _thread.allocate_lock(), struct.iter_unpack("b", b""), os.times(), os.uname(), collections.deque().__iter__(), functools.partial(len).__call__, (1).__add__, property().getter]
for o in objs:
    if o is None: continue
    t = type(o)
    name = t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__
    try:
        weakref.ref(o); r = "ok"
    except TypeError as e:
        r = "TypeError: %s" % e
    print("%-36s %s" % (name, r))
