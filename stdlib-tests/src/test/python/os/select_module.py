# select.select on pipes, compared with CPython
import posix, select
r, w = posix.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
posix.write(w, b'x')
print(select.select([r], [], [], 0.5) == ([r], [], []))
print(select.select([], [], [], 0.01))
posix.close(w)
print(select.select([r], [], [], 0) == ([r], [], []))
class F:
    def fileno(self):
        return r
f = F()
print(select.select([f], [], [])[0] == [f])
posix.close(r)
for bad in [lambda: select.select([r], [], [], 0), lambda: select.select([-1], [], []),
            lambda: select.select([], [], [], -1), lambda: select.select(5, [], []),
            lambda: select.select([object()], [], [])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(select.error is OSError, select.POLLIN, select.POLLOUT)
