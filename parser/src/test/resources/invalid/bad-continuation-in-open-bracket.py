deprecated(
    reason=self.for\mat(name=name),
    gone_in=None,
)
