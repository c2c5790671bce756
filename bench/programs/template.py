"""A small template engine: a template language with {{ expressions | filters }}, {% for %},
{% if %}/{% else %} and {# comments #} is split into tokens, parsed into a node tree once, and
rendered many times against nested contexts with dotted lookups.  Our own engine, written for
Taipan's bench/."""

FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "length": len,
    "money": lambda v: "%.2f" % v,
    "escape": lambda v: str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
}


class TemplateError(Exception):
    pass


def tokenize(source):
    tokens = []
    pos = 0
    while pos < len(source):
        start = source.find("{", pos)
        while start != -1 and source[start + 1:start + 2] not in ("{", "%", "#"):
            start = source.find("{", start + 1)
        if start == -1:
            tokens.append(("text", source[pos:]))
            break
        if start > pos:
            tokens.append(("text", source[pos:start]))
        kind = source[start + 1]
        closer = {"{": "}}", "%": "%}", "#": "#}"}[kind]
        end = source.find(closer, start + 2)
        if end == -1:
            raise TemplateError("unclosed tag at %d" % start)
        body = source[start + 2:end].strip()
        if kind == "{":
            tokens.append(("expr", body))
        elif kind == "%":
            tokens.append(("tag", body))
        pos = end + 2
    return tokens


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx, out):
        out.append(self.text)


class Expr:
    def __init__(self, body):
        parts = [p.strip() for p in body.split("|")]
        self.path = parts[0].split(".")
        self.filters = [FILTERS[name] for name in parts[1:]]

    def render(self, ctx, out):
        value = lookup(ctx, self.path)
        for f in self.filters:
            value = f(value)
        out.append(str(value))


class For:
    def __init__(self, var, path, body):
        self.var = var
        self.path = path
        self.body = body

    def render(self, ctx, out):
        items = lookup(ctx, self.path)
        for index, item in enumerate(items):
            inner = dict(ctx)
            inner[self.var] = item
            inner["loop"] = {"index": index + 1, "first": index == 0, "last": index == len(items) - 1}
            for node in self.body:
                node.render(inner, out)


class If:
    def __init__(self, path, negate, then, otherwise):
        self.path = path
        self.negate = negate
        self.then = then
        self.otherwise = otherwise

    def render(self, ctx, out):
        branch = self.then if bool(lookup(ctx, self.path)) != self.negate else self.otherwise
        for node in branch:
            node.render(ctx, out)


def lookup(ctx, path):
    value = ctx[path[0]]
    for name in path[1:]:
        value = value[name] if isinstance(value, dict) else getattr(value, name)
    return value


def parse(tokens, pos=0, until=()):
    nodes = []
    while pos < len(tokens):
        kind, body = tokens[pos]
        if kind == "text":
            nodes.append(Text(body))
        elif kind == "expr":
            nodes.append(Expr(body))
        else:
            words = body.split()
            if words[0] in until:
                return nodes, pos
            if words[0] == "for":
                if len(words) != 4 or words[2] != "in":
                    raise TemplateError("bad for: " + body)
                inner, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(For(words[1], words[3].split("."), inner))
            elif words[0] == "if":
                negate = words[1] == "not"
                path = words[-1].split(".")
                then, pos = parse(tokens, pos + 1, ("else", "endif"))
                otherwise = []
                if tokens[pos][1] == "else":
                    otherwise, pos = parse(tokens, pos + 1, ("endif",))
                nodes.append(If(path, negate, then, otherwise))
            else:
                raise TemplateError("unknown tag: " + body)
        pos += 1
    if until:
        raise TemplateError("missing " + " or ".join(until))
    return nodes, pos


class Template:
    def __init__(self, source):
        self.nodes, _ = parse(tokenize(source))

    def render(self, **ctx):
        out = []
        for node in self.nodes:
            node.render(ctx, out)
        return "".join(out)


PAGE = """<html><head><title>{{ shop.name | title }}</title></head><body>
{# the customer's basket #}
<h1>Basket of {{ customer.name | escape }}</h1>
{% if customer.vip %}<p class="vip">{{ customer.name | upper }} is a VIP</p>{% else %}<p>Welcome</p>{% endif %}
<ul>{% for line in lines %}
  <li class="{% if loop.first %}first{% endif %}{% if loop.last %}last{% endif %}">{{ loop.index }}.
  {{ line.item | title }} x {{ line.count }} at {{ line.price | money }}
  {% if not line.tags %}(no tags){% else %}{% for t in line.tags %}<em>{{ t | escape }}</em>{% endfor %}{% endif %}</li>{% endfor %}
</ul><p>{{ lines | length }} lines</p></body></html>
"""


class Line:
    def __init__(self, item, count, price, tags):
        self.item = item
        self.count = count
        self.price = price
        self.tags = tags


def run(n):
    template = Template(PAGE)
    checksum = 0
    size = 0
    for i in range(n):
        lines = [Line("item <%d>" % j, j % 4 + 1, j * 1.5 + i % 3, ["t&%d" % k for k in range(j % 3)])
                 for j in range(i % 12 + 1)]
        page = template.render(shop={"name": "corner shop"},
                               customer={"name": "Ann & Bo", "vip": i % 2 == 0}, lines=lines)
        size += len(page)
        checksum = (checksum * 31 + len(page) + page.count("<em>")) % 1000000007
        if i % 50 == 0:
            template = Template(PAGE)
    return size, checksum


if __name__ == "__main__":
    import _harness
    _harness.main(run, 6000, 50)
