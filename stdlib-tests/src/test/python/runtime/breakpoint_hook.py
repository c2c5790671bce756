# breakpoint() calls sys.breakpointhook, which reads $PYTHONBREAKPOINT as os.environ has it now.
import sys, os, warnings
print(sys.breakpointhook.__name__, breakpoint.__name__)
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(breakpoint())
        print(w[0].category.__name__, w[0].message)
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('7'), breakpoint('ff', base=16))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
sys.breakpointhook = lambda *a, **k: (a, sorted(k.items()))
print(breakpoint(1, 2, x=3))
sys.breakpointhook = 5
try: breakpoint()
except Exception as e: print(type(e).__name__, e)
del sys.breakpointhook
try: breakpoint()
except Exception as e: print(type(e).__name__, e)
