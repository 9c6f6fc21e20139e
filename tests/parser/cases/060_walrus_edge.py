if any((y := x) > 1 for x in xs):
    print(y)
while (line := input()) != "quit":
    print(line)
[y := 1, y ** 2]
foo(x := 3, cat='vector')
