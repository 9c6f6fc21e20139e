total = first_value + \
        second_value + \
        third_value
if a == 1 and \
        b == 2:
    pass
with open("a") as f, \
     open("b") as g:
    pass
