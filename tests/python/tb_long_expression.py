# exact-stderr
# carets on a multi-line expression and on a subscript inside a larger expression
data = {'a': [1, 2, 3]}
value = (data['a'][0] +
         data['a'][1] +
         data['b'][2])
