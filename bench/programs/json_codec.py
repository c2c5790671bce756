"""A pure-Python JSON encoder and decoder: a recursive encoder with string escaping and
separators, a character-level decoder (objects, arrays, strings with escapes and \\u sequences,
numbers, literals) that reports positions on errors, round-tripping generated documents.  Our own
code (not the json module), written for Taipan's bench/."""

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
           "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
             "t": "\t"}


def encode_string(s):
    out = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < " " or ch > "~":
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append(encode_string(str(k)))
            out.append(": ")
            encode(v, out)
        out.append("}")
    else:
        raise TypeError("cannot encode %s" % type(value).__name__)


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


class DecodeError(ValueError):
    pass


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, what):
        raise DecodeError("%s at %d" % (what, self.pos))

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        self.fail("unexpected %r" % ch)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos] != '"':
                self.fail("expected a key")
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                self.fail("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.fail("expected ',' or '}'")

    def array(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.fail("expected ',' or ']'")

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        while True:
            end = pos
            while text[end] != '"' and text[end] != "\\":
                end += 1
            chunks.append(text[pos:end])
            if text[end] == '"':
                self.pos = end + 1
                return "".join(chunks)
            esc = text[end + 1]
            if esc == "u":
                code = int(text[end + 2:end + 6], 16)
                pos = end + 6
                if 0xD800 <= code < 0xDC00 and text.startswith("\\u", pos):
                    low = int(text[pos + 2:pos + 6], 16)
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
                chunks.append(chr(code))
            else:
                chunks.append(UNESCAPES[esc])
                pos = end + 2

    def number(self):
        text = self.text
        start = pos = self.pos
        if text[pos] == "-":
            pos += 1
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        is_float = False
        if pos < len(text) and text[pos] == ".":
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if pos < len(text) and text[pos] in "eE":
            is_float = True
            pos += 1
            if text[pos] in "+-":
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        self.pos = pos
        return float(text[start:pos]) if is_float else int(text[start:pos])


def loads(text):
    d = Decoder(text)
    result = d.value()
    d.skip()
    if d.pos != len(text):
        d.fail("extra data")
    return result


def document(i):
    return {
        "id": i,
        "name": "item \"%d\"\t\u00e9\u4e2d\U0001F40D" % i,
        "price": i * 1.25 + 0.1,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11), None, True, False],
        "nested": {"depth": [i, [i + 1, [i + 2, {"leaf": -i}]]], "ratio": 1.0 / (i + 1)},
        "big": 12345678901234567890 * i,
    }


def run(n):
    docs = [document(i) for i in range(n)]
    text = dumps(docs)
    back = loads(text)
    if back != docs:
        raise AssertionError("round trip")
    again = dumps(back)
    errors = 0
    for bad in ('{"a": }', "[1, 2", '{"a" 1}', "tru"):
        try:
            loads(bad)
        except (DecodeError, IndexError):
            errors += 1
    folded = 0
    for ch in again[::97]:
        folded = (folded * 31 + ord(ch)) % 1000000007
    return len(text), len(again), folded, errors


if __name__ == "__main__":
    import _harness
    _harness.main(run, 10000, 100)
