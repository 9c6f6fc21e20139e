for e in ['(1).bit_length(5)', '(1).bit_count(1)', '(1.5).is_integer(1)', '(1).conjugate(1)', '(1.5).hex(1)', '[].copy(1)', '{}.keys(1)', '"a".upper(1)', '(1).__neg__(1)', '(1j).conjugate(1)', '(1).__round__(1,2)', 'b"".hex(1,2,3)', '(1.5).conjugate(1)', '(1.5).as_integer_ratio(1)', '(1).as_integer_ratio(2)', 'set().copy(1)', '().count()', '[].clear(1)', '(1j).__getnewargs__(1)', 'memoryview(b"").tolist(1)', 'memoryview(b"").release(1)', '(2.5).__trunc__(1)', '(2.5).__floor__(1)', '(2.5).__ceil__(1)', '(5).__trunc__(1)', '(5).__floor__(1)', '(5).__index__(1)', '(5).is_integer(1)' if False else '1']:
    try: eval(e)
    except TypeError as ex: print(e, '->', ex)
for e in ['(2.5).__ceil__()', '(5).__ceil__()', '(5).__floor__()', '(5).conjugate()', '(1.5).hex()', '(2j).conjugate()', 'memoryview(b"a").__enter__(1)', '(True).bit_length(1)', '(1.0).__getnewargs__(1)', '(1).__getnewargs__(1)', '(5).__sizeof__(1)']:
    try: print(e, eval(e))
    except TypeError as ex: print(e, '->', ex)
