import sys

class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(Token("num", float(num) if "." in num else int(num)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(Token("name", text[i:j]))
            i = j
        elif c in "+-*/()^=":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self, value=None):
        tok = self.peek()
        if tok is None or (value is not None and tok.value != value):
            raise SyntaxError(f"expected {value!r}, got {tok!r}")
        self.pos += 1
        return tok
    def expr(self):
        left = self.term()
        while (t := self.peek()) and t.value in ("+", "-"):
            self.take()
            right = self.term()
            left = left + right if t.value == "+" else left - right
        return left
    def term(self):
        left = self.factor()
        while (t := self.peek()) and t.value in ("*", "/"):
            self.take()
            right = self.factor()
            left = left * right if t.value == "*" else left / right
        return left
    def factor(self):
        base = self.atom()
        if (t := self.peek()) and t.value == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if tok.value not in self.env:
                raise NameError(f"undefined variable {tok.value}")
            return self.env[tok.value]
        if tok.value == "-":
            return -self.atom()
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok!r}")

env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "x = 7 * 6", "x - 2", "-x + pi",
         "y + 1", "3 $ 4", "((2)", "2 ^ 0.5", "100000000000 * 100000000000"]
for line in lines:
    try:
        if "=" in line:
            name, _, rhs = line.partition("=")
            env[name.strip()] = Parser(tokenize(rhs), env).expr()
            print(f"{name.strip()} := {env[name.strip()]}")
        else:
            print(f"{line} = {Parser(tokenize(line), env).expr()}")
    except (SyntaxError, NameError) as e:
        print(f"{line}: {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 + 2.5"))
Parser(tokenize("1 +"), env).expr()
