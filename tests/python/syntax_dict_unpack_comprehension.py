# exact-stderr
# {**x for ...}: invalid_dict_comprehension, located at the **
y = [{}]
d = {**x for x in y}
