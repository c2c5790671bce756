# BytesIO.getbuffer(): a writable view of the live bytes; while a view is held (until it is
# released, leaves its with block or is no longer referenced) the BytesIO refuses to change.
import io
b = io.BytesIO(b'abcdef')
v = b.getbuffer()
print(type(v), type(v.obj).__name__, v.readonly, v.format, v.nbytes, bytes(v))
v[0:2] = b'XY'; print(b.getvalue())
b.seek(0); print(b.read(2))
v.release()
print(b.write(b'zz'), b.getvalue())
with b.getbuffer() as w:
    for op in (lambda: b.truncate(1), lambda: b.write(b"q"), lambda: b.close(), lambda: b.__setstate__((b"", 0, None)), lambda: b.__init__(b"x")):
        try:
            op()
        except BufferError as e:
            print('BufferError', e)
    print(b.closed, bytes(w))
print(b.write(b"after"), b.getvalue())
b.close()
try: b.getbuffer()
except ValueError as e: print('ValueError', e)
print(io.BytesIO().getbuffer().nbytes)
import pickle
print(pickle.loads(pickle.dumps({"a": [1, 2.5, "x" * 70000], "b": b"\x00" * 10})) == {"a": [1, 2.5, "x" * 70000], "b": b"\x00" * 10})
print(len(pickle.dumps(list(range(20000)), protocol=5)))

# a view stops counting once nothing references it
import gc
b = io.BytesIO(b"1234567890")
buf = b.getbuffer()
b.seek(5)
buf = b.getbuffer()
for op in (lambda: b.write(b"x" * 100), lambda: b.truncate(), lambda: b.close()):
    try:
        op()
    except BufferError as e:
        print("BufferError", e)
print(b.closed)
buf[3:6] = b"abc"
print(bytes(buf), b.getvalue())
del buf
gc.collect()
print(b.truncate(), b.getvalue())
print(b.getbuffer().nbytes, b.write(b"more"), b.getvalue())
b.close()
