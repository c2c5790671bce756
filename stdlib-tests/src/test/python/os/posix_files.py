# posix file functions on a scratch directory, compared with CPython
import posix

base = b'/tmp/taipan_posix_test_%d' % posix.getpid()
sbase = base.decode()
posix.mkdir(base, 0o755)
try:
    fd = posix.open(sbase + '/f.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.write(fd, b'hello world'))
    posix.close(fd)
    st = posix.stat(sbase + '/f.txt')
    print(st.st_size, st[6], oct(st.st_mode), len(st), st.n_fields, st.n_sequence_fields)
    print(type(st).__name__, type(st).__module__, st.st_mtime_ns // 10**9 == st[8])
    fd = posix.open(sbase + '/f.txt', posix.O_RDONLY)
    print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.fstat(fd).st_size)
    print(posix.get_inheritable(fd), posix.get_blocking(fd), posix.isatty(fd))
    fd2 = posix.dup(fd)
    print(posix.read(fd2, 100))
    posix.close(fd2)
    posix.close(fd)
    r, w = posix.pipe()
    posix.write(w, b'through a pipe')
    print(posix.read(r, 100))
    posix.close(r); posix.close(w)
    posix.symlink('f.txt', sbase + '/link')
    print(posix.readlink(sbase + '/link'), posix.readlink(base + b'/link'))
    print(oct(posix.lstat(sbase + '/link').st_mode))
    posix.rename(sbase + '/f.txt', sbase + '/g.txt')
    posix.mkdir(sbase + '/sub')
    print(sorted(posix.listdir(sbase)), sorted(posix.listdir(base)))
    with posix.scandir(sbase) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(repr(e), e.name, e.path == sbase + '/' + e.name, e.is_dir(), e.is_file(),
                  e.is_symlink(), e.is_file(follow_symlinks=False),
                  e.inode() == posix.lstat(e.path).st_ino)
    posix.chmod(sbase + '/g.txt', 0o600)
    print(oct(posix.stat(sbase + '/g.txt').st_mode & 0o777))
    posix.utime(sbase + '/g.txt', (1000000000, 1200000000))
    st = posix.stat(sbase + '/g.txt')
    print(st.st_atime, st.st_mtime, st[7], st.st_mtime_ns)
    posix.utime(sbase + '/g.txt', ns=(5, 1500000000123))
    print(posix.stat(sbase + '/g.txt').st_mtime_ns)
    print(posix.access(sbase + '/g.txt', posix.R_OK), posix.access(sbase + '/nope', posix.F_OK))
    for bad in [lambda: posix.stat(sbase + '/nope'), lambda: posix.rmdir(sbase + '/nope'),
                lambda: posix.mkdir(sbase + '/sub'), lambda: posix.rename(sbase + '/x', sbase + '/y'),
                lambda: posix.listdir(sbase + '/g.txt'), lambda: posix.close(999),
                lambda: posix.stat(1.5), lambda: posix.stat('a\0b')]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e.args, getattr(e, 'filename', None) is not None and e.filename.replace(sbase, 'BASE'),
                  getattr(e, 'filename2', None) and e.filename2.replace(sbase, 'BASE'))
    posix.unlink(sbase + '/link')
    posix.remove(sbase + '/g.txt')
    posix.rmdir(sbase + '/sub')
finally:
    posix.rmdir(base)
print(posix.stat_result(range(10)))
print(posix.stat_result(range(10)).st_atime, posix.stat_result(range(10)).st_atime_ns)
try:
    posix.stat_result(range(9))
except TypeError as e:
    print(e)
print(posix.stat_result.__match_args__, posix.stat_result.n_unnamed_fields)
print(posix.stat_result(range(10)).__reduce__()[1][1]['st_atime'])
print(posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).lines)
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9), posix.WIFEXITED(0),
      posix.WEXITSTATUS(512), posix.WIFSIGNALED(9), posix.WTERMSIG(9))
print(posix.strerror(2), posix.strerror(13), len(posix.urandom(16)))
print(posix.getpid() > 0, posix.getuid() == posix.geteuid(), type(posix.getcwd()), type(posix.getcwdb()))
print(posix.uname().sysname, type(posix.uname()).__name__, len(posix.times()))
print(posix.sysconf('SC_CLK_TCK'), posix.O_CREAT, posix.O_EXCL, posix.R_OK, posix.WNOHANG)
print(type(posix.environ), all(type(k) is bytes for k in posix.environ))
posix.putenv('TAIPAN_T', 'x')
posix.unsetenv('TAIPAN_T')
print('HAVE_FSTATAT' in posix._have_functions, posix.error is OSError, posix.fspath(b'x'))
