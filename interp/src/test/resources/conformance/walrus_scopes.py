# Assignment expressions in comprehensions: the iterable-expression ban reaches into lambdas
# and comprehensions nested in the iterable; an inner loop may not rebind a walrus target.

cases = [
    "[i for i in (lambda: (j := range(5)))()]",
    "[i for i in [j for j in (k := [1])]]",
    "[i for i in [(j := 2) for j in range(5)]]",
    "[i for i in [j for j in range(5) if (j := 0)]]",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
    "{i for i in range(5) if (j := 0) for j in range(5)}",
    "[(j := 0) for i in range(5) for j in range(5)]",
    "[i for i, j in [(1, 2)] if (j := 3)]",
    "[i for i in range(3) if (k := i) for j in range(k)]",
    "lambda: [i for i in range(5) if (j := 0) for j in range(5)]",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
print([i for i in range(3) if (k := i) for j in range(k)], k)
