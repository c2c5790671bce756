l = [c for c y in z]
