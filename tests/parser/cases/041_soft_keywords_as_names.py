match = re.match(r"x", s)
match.group(0)
case = 1
_ = 2
print(match, case, _)
type = "t"
def match_it(match):
    return match
