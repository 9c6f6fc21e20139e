a = "abc" 'def'
b = ("multi"
     "line"
     "concat")
c = u"u first" "then plain"
d = "plain first" u"then u"
e = r"\d" "\n"
