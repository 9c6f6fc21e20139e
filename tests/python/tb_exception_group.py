# exact-stderr
# an uncaught ExceptionGroup is drawn as a tree
def fail(n):
    raise ValueError(f'failure {n}')
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(ExceptionGroup('nested', [TypeError('t'), KeyError('k')]))
raise ExceptionGroup('several things failed', errors)
