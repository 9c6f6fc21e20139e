# exact-stderr
# except* handles part of a group; the rest propagates as a smaller group
try:
    raise ExceptionGroup('batch', [ValueError('bad value'), TypeError('bad type'), ValueError('again')])
except* ValueError as eg:
    print('handled', len(eg.exceptions), 'ValueErrors')
