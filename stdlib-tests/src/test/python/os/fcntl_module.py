# fcntl: integer fcntl and flock, compared with CPython
import fcntl, posix
r, w = posix.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, 0)
print(fcntl.fcntl(r, fcntl.F_GETFD), posix.get_inheritable(r))
fl = fcntl.fcntl(w, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETFL, fl | posix.O_NONBLOCK)
print(posix.get_blocking(w), fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_DUPFD_CLOEXEC)
base = '/tmp/taipan_fcntl_%d' % posix.getpid()
fd = posix.open(base, posix.O_RDWR | posix.O_CREAT, 0o600)
print(fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.flock(fd, fcntl.LOCK_UN))
posix.close(fd); posix.unlink(base)
posix.close(r); posix.close(w)
try:
    fcntl.fcntl(r, fcntl.F_GETFD)
except OSError as e:
    print(type(e).__name__, e)
