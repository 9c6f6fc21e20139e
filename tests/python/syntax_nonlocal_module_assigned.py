# exact-stderr
# at module level, an assignment before nonlocal is reported before "not allowed at module level"
x = 1
nonlocal x
