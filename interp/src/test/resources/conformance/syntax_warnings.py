# SyntaxWarnings of the compiler (a literal called or subscripted: a missing comma) and of the
# tokenizer (a number directly followed by a keyword), and the SyntaxErrors they become when
# the warning filters say "error"; "not (a is b)" compiles as "a is not b".
import _warnings

_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
for src in ["[(1, 2) (3, 4)]", "[{1, 2} [i, j]]", "[(1, 2) [i, j]]", "[[1, 2] [(i for i in x)]]",
            "[[1, 2] [b'abc']]", "[123 (3, 4)]", "[f'{x}' [i, j]]", "0xfor x", "1if x else y",
            "x = 1in y", "[0x1for x in ()]", "1spam", "[(lambda x, y: x) (3, 4)]",
            "[[1, 2] [True]]", "[{(1, 2): 3} [i, j]]", "[[1, 2] [1:2]]"]:
    try:
        compile(src, "<w>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_offset)


def f(a, b):
    return not (a is b), not (a in b), not (a is not b), not (a not in b), not (a == b)


print(f(1, [1]), f(1, [2]))
