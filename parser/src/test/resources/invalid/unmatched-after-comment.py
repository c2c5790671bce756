x = 1  # comment )
y = ]
