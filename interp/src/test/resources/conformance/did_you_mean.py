# "Did you mean" in printed NameErrors (the frame's locals, then globals, then builtins) and
# AttributeErrors (the object's sorted dir(), also when __getattr__ raised a bare
# AttributeError); UnboundLocalError and subclasses get none.
import sys

global_for_suggestions = 1


class A:
    blech = 1
    Bluch = 2
    bluc = blucha = None


class Dynamic:
    blech = None

    def __getattr__(self, name):
        raise AttributeError()


class SubError(AttributeError):
    pass


class Raises:
    bluch2 = None

    def __getattr__(self, name):
        raise SubError(name)


def local_name():
    blech = None
    print(bluch)


def cases():
    yield local_name
    yield lambda: ZeroDivisionErrrrr
    yield lambda: global_for_suggestio
    yield lambda: A().bluch
    yield lambda: A().zzzzzzzzzzzzzzzz
    yield lambda: A().blucho
    yield lambda: Dynamic().bluch
    yield lambda: Raises().bluch
    yield lambda: getattr(A(), 'blech_')


def unbound():
    blech = 1
    del blech
    print(blech)


for case in list(cases()) + [unbound]:
    try:
        case()
    except Exception:
        e = sys.exc_info()[1]
        print(type(e).__name__, getattr(e, 'name', None))
        sys.__excepthook__(*sys.exc_info())
