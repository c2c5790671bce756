# BytesIO.getbuffer(): a writable view of the live bytes; while a view is held (here inside a
# with block, or until released) the BytesIO refuses to re-size or close.
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
