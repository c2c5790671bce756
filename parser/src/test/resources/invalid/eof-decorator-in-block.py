if x:
  pass
@dec