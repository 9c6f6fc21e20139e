if x:
	if y:
		pass
	else:
		z = 1
while a:
        b = 1
        if c:
                d = 2
