"""An incremental constraint solver in the style of the classic "deltablue": variables linked by
equality and linear-scale constraints of different strengths, local propagation planning, edit
and stay constraints, plans extracted and re-executed as inputs change.  Our own implementation,
written for Taipan's bench/."""

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
# A smaller number is a stronger strength.


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def enable(self, solver):
        for v in self.variables():
            v.constraints.append(self)
        solver.incremental_add(self)

    def disable(self, solver):
        if self.is_satisfied():
            solver.incremental_remove(self)
        for v in self.variables():
            v.constraints.remove(self)

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, out, strength):
        Constraint.__init__(self, strength)
        self.out = out
        self.satisfied = False

    def variables(self):
        return (self.out,)

    def choose_method(self, mark):
        out = self.out
        self.satisfied = out.mark != mark and stronger(self.strength, out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.out

    def inputs_known(self, mark):
        return True

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        self.out.walk_strength = self.strength
        self.out.stay = not self.is_input()
        if self.out.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as set from outside: the start of a plan."""

    def is_input(self):
        return True


FORWARD, BACKWARD = 1, -1


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.a = a
        self.b = b
        self.direction = None

    def variables(self):
        return (self.a, self.b)

    def choose_method(self, mark):
        a, b = self.a, self.b
        if a.mark == mark:
            ok = b.mark != mark and stronger(self.strength, b.walk_strength)
            self.direction = FORWARD if ok else None
        elif b.mark == mark:
            ok = a.mark != mark and stronger(self.strength, a.walk_strength)
            self.direction = BACKWARD if ok else None
        elif stronger(b.walk_strength, a.walk_strength):
            # a is the weaker end: write it if this constraint is stronger than what holds it.
            self.direction = BACKWARD if stronger(self.strength, a.walk_strength) else None
        else:
            self.direction = FORWARD if stronger(self.strength, b.walk_strength) else None

    def is_satisfied(self):
        return self.direction is not None

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def mark_unsatisfied(self):
        self.direction = None

    def recalculate(self):
        i, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, i.walk_strength)
        out.stay = i.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset, solved either way; scale and offset are inputs both ways."""

    def __init__(self, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, a, b, strength)

    def variables(self):
        return (self.a, self.b, self.scale, self.offset)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, i.walk_strength)
        out.stay = i.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Solver:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = self.satisfy(c, mark)
        while overridden is not None:
            overridden = self.satisfy(overridden, mark)

    def satisfy(self, c, mark):
        c.choose_method(mark)
        if not c.is_satisfied():
            if c.strength == REQUIRED:
                raise ValueError("a required constraint cannot be satisfied")
            return None
        c.mark_inputs(mark)
        out = c.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = c
        if not self.propagate(c, mark):
            raise ValueError("cycle")
        out.mark = mark
        return overridden

    def propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    @staticmethod
    def add_consumers(v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        for v in c.variables():
            if v.determined_by is c:
                v.determined_by = None
        unsatisfied = self.remove_propagate_from(out, c)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength and not u.is_satisfied():
                    self.incremental_add(u)

    def remove_propagate_from(self, out, removed):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if c is not removed and not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c is not removed and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def edit(self, variable, values):
        edit = EditConstraint(variable, PREFERRED)
        edit.enable(self)
        plan = self.make_plan([edit])
        total = 0
        for value in values:
            variable.value = value
            for c in plan:
                c.execute()
            total += len(plan)
        edit.disable(self)
        return total


def chain_test(n):
    """A chain of equalities; editing the first variable must reach the last."""
    solver = Solver()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        EqualityConstraint(a, b, REQUIRED).enable(solver)
    StayConstraint(vs[-1], STRONG_DEFAULT).enable(solver)
    checksum = solver.edit(vs[0], range(100, 120))
    if vs[-1].value != 119:
        raise AssertionError("chain: %r" % vs[-1].value)
    return checksum + vs[-1].value


def projection_test(n):
    """Pairs linked by scale constraints; change the source side, the scale and the offset."""
    solver = Solver()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(src, NORMAL).enable(solver)
        ScaleConstraint(src, scale, offset, dst, REQUIRED).enable(solver)
    total = solver.edit(sources[0], [17, 18, 19])
    if dests[0].value != 1190:
        raise AssertionError("projection 1: %r" % dests[0].value)
    total += solver.edit(dests[0], [1050])
    if sources[0].value != 5:
        raise AssertionError("projection 2: %r" % sources[0].value)
    total += solver.edit(scale, [5, 7])
    total += solver.edit(offset, [2000, 3000])
    total += sum(d.value for d in dests) % 1000003
    return total


def run(n):
    total = 0
    for i in range(n):
        total += chain_test(100 + i % 7)
        total += projection_test(100 + i % 5)
    return total


if __name__ == "__main__":
    import _harness
    _harness.main(run, 250, 4)
