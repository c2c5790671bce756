"""The _struct module (Modules/_struct.c) through struct: every format character in each byte
order, native sizes and alignment, half floats and NaN payloads, strings, counts, Struct objects,
the module functions' argument checking, and CPython's struct.error messages."""
import struct
def show(x):
    if isinstance(x, (struct.Struct, type(iter(struct.iter_unpack("b", b""))))):
        return type(x).__name__ + " object"
    return repr(x)


def t(f, *a, **k):
    """Calls f and prints its result or its exception (type and message)."""
    name = getattr(f, "__name__", "?")
    args = tuple(type(x).__name__ + " object" if type(x).__module__ == "__main__" else x
                 for x in a)
    try:
        print(name, args, k, show(f(*a, **k)))
    except BaseException as e:
        print(name, args, k, type(e).__name__, e)
for pre in "@=<>":
  for c in "bBhHiIlLqQnNP":
    if pre!="@" and c in "nNP": continue
    f=pre+c; n=struct.calcsize(f)
    lo=-(1<<(8*n-1)) if c.islower() else 0
    hi=(1<<(8*n-1))-1 if c.islower() else (1<<(8*n))-1
    out=[]
    for v in (lo-1,hi+1,-1,lo,hi, 2**70, -2**70, 1.5, "x", True):
        try: out.append(struct.pack(f,v).hex())
        except Exception as e: out.append(type(e).__name__+":"+str(e))
    print(f,n,out)
    print(struct.unpack(f, bytes(range(1, n+1))), struct.unpack(f, bytes(range(255, 255-n, -1))))
for f in ["c0i","ci","c0l","bhilqnNPef?d","<bhilqef?d","c2h","cd","ce","c?","x0q","3x","c\ti","c 0i","", "<", "!", "0s", "10s", "10p", "3i2x"]:
  print(repr(f), struct.calcsize(f))
t(struct.pack,"<f",10**400);t(struct.pack,"<f",10**300);t(struct.pack,"f",10**300);t(struct.pack,"<d",10**400)
t(struct.pack,"<e",10**300);t(struct.pack,"<q",10**400)
t(struct.calcsize, "1"*30+"i")
t(struct.calcsize, "9223372036854775807i")
t(struct.calcsize, "1152921504606846976i")
t(struct.calcsize, "9223372036854775807x")
t(struct.calcsize, "9223372036854775807x1x")
t(struct.calcsize, "9223372036854775808x")
t(struct.unpack,"i",b"abc");t(struct.unpack,"i",b"abcde");t(struct.unpack,"i","abcd");t(struct.unpack,"i",1)
t(struct.unpack_from,"i",b"abc");t(struct.unpack_from,"i",b"abcdef",3);t(struct.unpack_from,"i",b"abcdef",-3);t(struct.unpack_from,"i",b"abcdef",-7);t(struct.unpack_from,"i",b"abcdef",7)
t(struct.unpack_from,"i",b"abcdef",offset=2);t(struct.unpack_from,"i",buffer=b"abcdef")
t(struct.unpack_from,"i",b"abcdef",-4);t(struct.unpack_from,"<h",b"abcdef",-2);t(struct.unpack_from,"<h",b"abcdef",-6)
t(struct.pack_into,"i",b"abcdefgh",0,1);t(struct.pack_into,"i",[0]*8,0,1);t(struct.pack_into,"i",b"");t(struct.pack_into,"i")
t(struct.iter_unpack,"i",b"abcde");t(struct.iter_unpack,"",b"");print(list(struct.iter_unpack("<h",b"abcd")))
it=struct.iter_unpack("<h",b"abcdef"); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it), iter(it) is it)
print(list(it), it.__length_hint__(), list(it))
t(type(it))
t(struct.Struct);t(struct.Struct,1);t(struct.Struct,"é");t(struct.Struct,b"<i");print(struct.Struct(b"<i").format)
t(struct.Struct, format="i");t(struct.Struct,"i","j");t(struct.Struct,"i",format="i");t(struct.Struct, fmt="i")
t(struct.pack);t(struct.pack,1);t(struct.pack,b"i",1);t(struct.pack,[],1)
t(struct.calcsize,1)
s=struct.Struct("i"); t(s.__init__,"h"); print(s.format,s.size); t(s.pack,1)
t(struct.unpack, "0s", b""); t(struct.pack,"0s", b"abc"); t(struct.pack,"0p", b"abc");t(struct.pack,"1p", b"abc");t(struct.pack,"3p", b"abcdef")
t(struct.pack,"300p", b"a"*300);t(struct.unpack,"5p",b"\x09abcd");t(struct.unpack,"5p",b"\x02abcd")
t(struct.pack,"3s", "ab"); t(struct.pack, "3s2s", b"abcdef", b"x"); t(struct.unpack, "3s2s", b"abcde")
t(struct.unpack,"?", b"\x05");t(struct.unpack,"<?", b"\x05");t(struct.unpack,"c", b"\x05")
t(struct.pack,"c",b"ab");t(struct.pack,"c","a");t(struct.pack,"c",1);t(struct.pack,"f",1e300);t(struct.pack,"<f",1e300);t(struct.pack,"d","x");t(struct.pack,"f","x");t(struct.pack,"e",1e6);t(struct.pack,"e","x");t(struct.pack,"<e",65520.0);t(struct.pack,"e",65504.0)
t(struct.pack,"?", []);t(struct.pack,"?", [1]);t(struct.pack,"3?", 0, 2, "")
t(struct.pack,"i"); t(struct.pack,"i",1,2); t(struct.pack,"2i",1);t(struct.pack,"zi",1);t(struct.pack,"<n",1);t(struct.pack,"<P",1);t(struct.pack,"5",1);t(struct.pack,"i5",1);t(struct.pack," i 2x 3s",1,b"a")
t(struct.calcsize,"2 i"); t(struct.calcsize,"i<"); t(struct.Struct, "i\0i");t(struct.Struct, b"i\0i")
for b in [b"\x01\x00\xc0\x7f", b"\x01\x00\x80\x7f", b"\x01\x00\x80\xff", b"\x00\x00\x80\x7f"]:
  for m in "<=@>":
    x=struct.unpack(m+"f",b)[0]; print(m, x, struct.pack("<d",x).hex(), struct.pack(m+"f",x).hex())
for h in ["7ff0000000000001","fff4000000000123","7ff8000000000000", "fff0000000000000"]:
  x=struct.unpack(">d",bytes.fromhex(h))[0]
  print(h, [struct.pack(m+"f",x).hex() for m in "<=@>"], struct.pack(">e",x).hex(), struct.pack("<d",x).hex())
for v in [65520.0, 65519.99, 65504.0, -0.0, 1e-300, 6.103515625e-05, 6.1035156e-05, 0.1, 1/3, 2.0**-24*1.5, 2.0**-24*2.5, 2.0**-25, 2.0**-25*1.0000001, 1.0009765625, 1.00048828125, 1.00146484375, 3.14159, -2.5e-7, float("inf"), float("-inf")]:
  try: print(v, struct.pack(">e",v).hex(), struct.pack("<d", *struct.unpack("<e", struct.pack("<e", v))).hex())
  except Exception as e: print(v, type(e).__name__, e)
for h in range(0, 65536, 997):
  print(h, struct.pack(">d", *struct.unpack("<e", h.to_bytes(2, "little"))).hex(), end=" ")
print()
for v in [1.0, 0.1, -1e38, 3.4028235e38, 3.4028235677973366e+38, 1e-40, 1e-46, 7e-46]:
  try: print(v, struct.pack("<f", v).hex(), struct.unpack("<f", struct.pack("<f", v)))
  except Exception as e: print(v, type(e).__name__, e)
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class Big:
    def __index__(self): return 2**70
t(struct.pack, "i", I()); t(struct.pack, "f", I()); t(struct.pack, "<d", I())
t(struct.pack, "d", F()); t(struct.pack, "<e", F()); t(struct.pack, "i", F())
t(struct.pack, ">q", Big()); t(struct.pack, ">Q", Big()); t(struct.pack, "P", Big()); t(struct.pack, "<q", Big())
class E:
    def __index__(self): raise ValueError("boom")
t(struct.pack, "i", E())
S=struct.Struct("<hi")
t(struct.pack_into);t(struct.pack_into,"i");t(struct.pack_into,"i",b"");t(struct.pack_into,"i",fmt=1)
t(S.pack_into);t(S.pack_into,b"");t(S.pack);t(S.pack,1,2,x=3);t(struct.pack,"i",1,x=2)
t(struct.unpack);t(struct.unpack,"i");t(struct.unpack,"i",b"abcd",1);t(struct.unpack,"i",buffer=b"abcd")
t(S.unpack);t(S.unpack,b"abcdef");t(S.unpack_from);t(S.unpack_from,b"abcdef",1,2);t(S.unpack_from,b"abcdef",x=1)
t(S.unpack_from, b"abcdef", buffer=b"x"); t(S.unpack_from, buffer=b"abcdefgh", offset=2)
t(S.iter_unpack);t(struct.iter_unpack,"i");t(struct.calcsize);t(struct.calcsize,"i","i");t(struct.calcsize,format="i")
t(struct.unpack_from);t(struct.unpack_from,"i");t(struct.unpack_from,"i",b"abcd",0,1);t(struct.unpack_from,"i",b"abcd",x=1);t(struct.unpack_from,format="i",buffer=b"abcd")
t(struct.unpack_from,"i",b"abcd",buffer=b"abcd");t(struct.unpack_from,"i",b"abcd",2**70);t(struct.unpack_from,"i",b"abcd","x")
t(S.__sizeof__); t(struct.Struct("").__sizeof__); t(struct.Struct("10i").__sizeof__); t(struct.Struct("10s").__sizeof__)
class MyS(struct.Struct):
    def __init__(self, f): super().__init__(f); self.extra=1
m=MyS("<h"); print(m.pack(3), m.extra, type(m).__mro__, m.format, m.size, isinstance(m, struct.Struct))
try: S.size=3
except AttributeError as e: print("AttributeError")
try: S.format="i"
except AttributeError as e: print("AttributeError")
print(struct.Struct.__module__, struct.error.__module__, struct.error.__name__, struct.error.__qualname__, struct.error.__mro__)
print(sorted(n for n in dir(struct) if not n.startswith("__")))
try: struct.pack("i", "x")
except struct.error as e: print("caught", e, e.args)
s = struct.Struct.__new__(struct.Struct); print(s.size, repr(s.format))
S2 = struct.Struct("<3sQ?e"); print(S2.unpack(S2.pack(b"ab", 2**64-1, 1, -0.5)), S2.size, S2.format)
print(struct.pack("!hHiIlLqQ", -1, 2, -3, 4, -5, 6, -7, 8).hex(), struct.pack("=hHiIlLqQ", -1, 2, -3, 4, -5, 6, -7, 8).hex())
print(struct.unpack("!hHiIlLqQ", struct.pack("!hHiIlLqQ", -1, 2, -3, 4, -5, 6, -7, 8)))
print(struct.pack("@bhbibqb", 1, 2, 3, 4, 5, 6, 7).hex(), struct.calcsize("@bhbibqb"))
struct._clearcache()
for i in range(250): struct.calcsize(str(i) + "b")
print(struct.calcsize("249b"))

# bytearray: a writable buffer for pack_into, a readable one everywhere else
b = bytearray(8)
t(struct.pack_into, "i", b, 6, 1); t(struct.pack_into, "i", b, -2, 1); t(struct.pack_into, "i", b, -9, 1)
t(struct.pack_into, "i", b, 9, 1); t(struct.pack_into, "i", b, 2, 1); print(b)
t(struct.pack_into, "<h2xb", b, -5, -2, 3); print(b)
t(struct.pack_into, "i", b, 0); t(struct.pack_into, "i", b, 0, 1, 2); t(struct.pack_into, "i", b, "x", 1)
t(struct.pack_into, "i", b, 2**70, 1)
S = struct.Struct(">H")
S.pack_into(b, 0, 0xABCD); print(b)
t(S.pack_into, b, 7, 1)
t(struct.unpack, "<q", b); t(struct.unpack_from, "<h", b, 6); t(struct.unpack, "<h", bytearray(3))
print(list(struct.iter_unpack("<h", bytearray(b"abcdef"))))
t(struct.pack, "4s", bytearray(b"xy")); t(struct.pack, "4p", bytearray(b"xy")); t(struct.pack, "c", bytearray(b"x"))
t(struct.Struct, bytearray(b"i"))
class B(bytes):
    pass
t(struct.pack, "c", B(b"z")); t(struct.unpack, "<h", B(b"zz")); print(struct.Struct(B(b"<h")).size)
