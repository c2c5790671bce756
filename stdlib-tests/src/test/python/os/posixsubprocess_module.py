# _posixsubprocess.fork_exec as subprocess.Popen calls it (os itself needs more of the runtime
# than this module, so posix serves here).
import _posixsubprocess as p
import posix

for bad in [(), (1,) * 22, (1,) * 24]:
    try:
        p.fork_exec(*bad)
    except TypeError as e:
        print("TypeError", e)


def run(argv, exes, cwd=None, env=None, pass_fds=(), stdin_data=None, new_session=False):
    r, w = posix.pipe()
    er, ew = posix.pipe()
    ir = iw = -1
    if stdin_data is not None:
        ir, iw = posix.pipe()
    pid = p.fork_exec(argv, exes, True, pass_fds, cwd, env, ir, iw, r, w, -1, -1, er, ew,
                      True, new_session, -1, None, None, None, -1, None, True)
    posix.close(w)
    posix.close(ew)
    if stdin_data is not None:
        posix.close(ir)
        posix.write(iw, stdin_data)
        posix.close(iw)
    out = b""
    while True:
        chunk = posix.read(r, 4096)
        if not chunk:
            break
        out += chunk
    posix.close(r)
    errdata = posix.read(er, 100)
    posix.close(er)
    _, status = posix.waitpid(pid, 0)
    return out, errdata, posix.waitstatus_to_exitcode(status)


print(run(["echo", "hello", "world"], [b"/bin/echo"]))
print(run(["sh", "-c", "echo $FOO; pwd"], [b"/nonexistent/sh", b"/bin/sh"], cwd="/", env=[b"FOO=bar"]))
print(run(["sh", "-c", "exit 3"], [b"/bin/sh"]))
print(run(["cat"], [b"/bin/cat"], stdin_data=b"through stdin\n"))
print(run(["sh", "-c", "ps -o sid= -p $$ | tr -d ' ' | grep -qx $$ && echo leader"], [b"/bin/sh"], new_session=True))
keep_r, keep_w = posix.pipe()
out = run(["sh", "-c", "echo kept > /proc/self/fd/%d" % keep_w], [b"/bin/sh"], pass_fds=(keep_w,))
print(out, posix.read(keep_r, 100))
# Not passed: close_fds closes it in the child even though it is open here.
out = run(["sh", "-c", "echo closed 2>/dev/null > /proc/self/fd/%d" % keep_w], [b"/bin/sh"])
print(out[0], out[2] != 0)
posix.close(keep_w)
