# 'global' in nested blocks: a function's global declaration hides enclosing bindings from
# its children, a class's does not (its methods still close over the function's variable, the
# class passes it through), and any 'global x' makes the module's own x explicitly global.
# exec runs code objects with free variables given a closure, and takes the namespace's
# __builtins__.

x = 7


def f():
    x = 1

    def g():
        global x

        def i():
            def h():
                return x
            return h()
        return i()
    return g()


print(f(), x)


def test(x):
    class Foo:
        global x

        def __call__(self, y):
            return x + y

        seen = x
    return Foo()


x = -1
foo = test(6)
print(foo(2), foo.seen, test.__code__.co_cellvars, type(foo).__call__.__code__.co_freevars)

local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], sorted(local_ns))


def outer(v):
    return lambda: print('v is', v)


fn = outer(3)
for run in (eval, exec):
    try:
        run(fn.__code__, {})
    except TypeError as e:
        print(e)
exec(fn.__code__, {}, closure=fn.__closure__)
for cl in ((), (1,), [fn.__closure__[0]], fn.__closure__ * 2):
    try:
        exec(fn.__code__, {}, closure=cl)
    except TypeError as e:
        print(e)
for src in ("1", compile("1", "s", "exec")):
    try:
        exec(src, {}, closure=fn.__closure__)
    except TypeError as e:
        print(e)
safe = {'None': None, 'print': print, 'NameError': NameError}
ns = {'__builtins__': safe}
exec("def h(): return len\nprint(h.__builtins__ is __builtins__)\ntry:\n    h()\n"
     "except NameError as e:\n    print(e)", ns)
