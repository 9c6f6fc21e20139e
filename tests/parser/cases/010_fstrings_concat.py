x = 1
a = "plain " f"{x}" " tail"
b = f"{x}" f"{x}"
c = ("a" f"{x:>{x}}"
     f"{x!r}" "b")
d = f"""multi
line {x}
  {x + 1}"""
e = f"{x:{'>'}{10}}"
