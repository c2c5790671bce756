# errno: Linux's numbers and errorcode, compared with CPython
import errno
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP)
print(len(errno.errorcode), errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(list(errno.errorcode.items())[:5])
print([n for n in dir(errno) if n.startswith('E')] == sorted(n for n in vars(errno) if n.startswith('E')))
print(sum(v for n, v in vars(errno).items() if n.startswith('E')))
