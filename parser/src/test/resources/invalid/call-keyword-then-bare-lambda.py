namespace = dict(
    __file__=name,
  lambda  )
