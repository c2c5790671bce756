if x:
	pass
  \
