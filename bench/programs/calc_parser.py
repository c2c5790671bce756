"""A tokenizer and a recursive-descent parser for a small expression language (numbers, names,
unary and binary operators with precedence and associativity, comparisons, conditionals, function
calls and let-bindings) that builds a tree of node tuples and evaluates it with an environment;
programs are generated, parsed, evaluated and printed back.  Written for Taipan's bench/."""

PUNCT = "+-*/%^(),=<>?:"
KEYWORDS = {"let", "in", "and", "or", "not"}


class SyntaxFailure(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif src.startswith(("<=", ">=", "==", "!="), i):
            tokens.append(("op", src[i:i + 2]))
            i += 2
        elif ch in PUNCT:
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxFailure("bad character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens


class Parser:
    BINARY = [("or",), ("and",), ("<", "<=", ">", ">=", "==", "!="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind is not None and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxFailure("expected %s %s, got %r" % (kind, value, tok))
        self.pos += 1
        return tok

    def expression(self):
        if self.peek() == ("kw", "let"):
            self.take()
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expression()
            self.take("kw", "in")
            return ("let", name, value, self.expression())
        cond = self.binary(0)
        if self.peek() == ("op", "?"):
            self.take()
            then = self.expression()
            self.take("op", ":")
            return ("if", cond, then, self.expression())
        return cond

    def binary(self, level):
        if level == len(self.BINARY):
            return self.unary()
        left = self.binary(level + 1)
        ops = self.BINARY[level]
        while self.peek()[1] in ops and self.peek()[0] in ("op", "kw"):
            op = self.take()[1]
            left = ("bin", op, left, self.binary(level + 1))
        return left

    def unary(self):
        tok = self.peek()
        if tok == ("op", "-") or tok == ("kw", "not"):
            self.take()
            return ("neg" if tok[1] == "-" else "not", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("bin", "^", base, self.unary())
        return base

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expression())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expression())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            inner = self.expression()
            self.take("op", ")")
            return inner
        raise SyntaxFailure("unexpected %r" % ((kind, value),))


def parse(src):
    p = Parser(tokenize(src))
    tree = p.expression()
    p.take("end")
    return tree


FUNCTIONS = {"max": max, "min": min, "abs": abs, "gcd": lambda a, b: gcd(a, b)}


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "bin":
        op, a = node[1], evaluate(node[2], env)
        if op == "and":
            return evaluate(node[3], env) if a else a
        if op == "or":
            return a if a else evaluate(node[3], env)
        b = evaluate(node[3], env)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a // b if b else 0
        if op == "%":
            return a % b if b else 0
        if op == "^":
            return a ** (b % 8)
        return int({"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b,
                    "!=": a != b}[op])
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "not":
        return int(not evaluate(node[1], env))
    if kind == "if":
        return evaluate(node[2], env) if evaluate(node[1], env) else evaluate(node[3], env)
    if kind == "let":
        inner = dict(env)
        inner[node[1]] = evaluate(node[2], env)
        return evaluate(node[3], inner)
    if kind == "call":
        return FUNCTIONS[node[1]](*[evaluate(a, env) for a in node[2]])
    raise ValueError(kind)


def unparse(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "var":
        return node[1]
    if kind == "bin":
        return "(%s %s %s)" % (unparse(node[2]), node[1], unparse(node[3]))
    if kind == "neg":
        return "(-%s)" % unparse(node[1])
    if kind == "not":
        return "(not %s)" % unparse(node[1])
    if kind == "if":
        return "(%s ? %s : %s)" % (unparse(node[1]), unparse(node[2]), unparse(node[3]))
    if kind == "let":
        return "(let %s = %s in %s)" % (node[1], unparse(node[2]), unparse(node[3]))
    return "%s(%s)" % (node[1], ", ".join(unparse(a) for a in node[2]))


def generate(seed, depth):
    x = seed

    def gen(d):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        choice = x % 11 if d > 0 else x % 3
        if choice == 0:
            return str(x % 100)
        if choice == 1:
            return "abc"[x % 3]
        if choice == 2:
            return "%d" % (x % 7)
        if choice <= 6:
            op = ["+", "-", "*", "%", "<", "and"][x % 6]
            return "%s %s %s" % (gen(d - 1), op, gen(d - 1))
        if choice == 7:
            return "((%s) ? %s : %s)" % (gen(d - 1), gen(d - 1), gen(d - 1))
        if choice == 8:
            return "(let c = %s in %s)" % (gen(d - 1), gen(d - 1))
        if choice == 9:
            return "max(%s, %s)" % (gen(d - 1), gen(d - 1))
        return "-(%s) ^ 2" % gen(d - 1)

    return gen(depth)


def run(n):
    total = 0
    length = 0
    env = {"a": 3, "b": -4, "c": 10}
    for i in range(n):
        src = generate(i, 6)
        tree = parse(src)
        value = evaluate(tree, env)
        again = parse(unparse(tree))
        if evaluate(again, env) != value:
            raise AssertionError(src)
        total = (total * 7 + value) % 1000000007
        length += len(src)
    errors = 0
    for bad in ("1 +", "(a", "let = 3 in a", "max(1,", "3 $ 4"):
        try:
            parse(bad)
        except SyntaxFailure:
            errors += 1
    return total, length, errors


if __name__ == "__main__":
    import _harness
    _harness.main(run, 5000, 60)
