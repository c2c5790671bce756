class Parser:
    def __init__(self, text):
        self.tokens = text.split()
        self.pos = 0

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse_number(self):
        tok = self.next()
        return int(tok)

    def parse_sum(self):
        total = self.parse_number()
        while self.pos < len(self.tokens):
            op = self.next()
            if op != "+":
                raise SyntaxError(f"unexpected {op!r}")
            total += self.parse_number()
        return total


print(Parser("1 + 2 + 3").parse_sum())
print(Parser("4 + five").parse_sum())
