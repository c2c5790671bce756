print(list[int], dict[str, list[int]], tuple[int, ...], type[int], int | None, list[int] | None, (int | str).__args__, list[int].__origin__, list[int](), isinstance([], list))
def f(x: int | None = None, *a: str, k: list[int] = [], **kw: dict) -> dict[str, int]: pass
print(f.__annotations__)
class C:
    x: int = 5
    y: 'str'
print(C.__annotations__, C.x, isinstance(3, int | str), isinstance(3.0, int | str))
try: int[0]
except TypeError as e: print(e)
def g(a, b): return a
print(g.__annotations__)
