class C:
    def m(self):
        pass
    return self
