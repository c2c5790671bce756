# pwd: the password database, compared with CPython
import pwd
root = pwd.getpwuid(0)
print(root, root.pw_name, root.pw_uid, root[5], len(root))
print(pwd.getpwnam('root') == root, type(root).__name__, type(root).__module__)
print([p for p in pwd.getpwall() if p.pw_uid == 0] == [root], len(pwd.getpwall()) > 1)
for bad in [lambda: pwd.getpwuid(99999), lambda: pwd.getpwnam('nobodyx'), lambda: pwd.getpwuid(-5),
            lambda: pwd.getpwnam(5)]:
    try:
        bad()
    except Exception as e:
        print(repr(e))
