import difflib, shlex, colorsys, getopt, html, copyreg, sched
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
a = "one two three four".split(); b = "one 2 three four five".split()
print(list(difflib.unified_diff(a, b, "a.txt", "b.txt", lineterm="")))
print("\n".join(difflib.ndiff(["abc\n", "def\n"], ["abd\n", "def\n"])))
sm = difflib.SequenceMatcher(None, "abcdefg", "abxdefh")
print(sm.ratio(), sm.get_matching_blocks(), sm.get_opcodes(), round(sm.quick_ratio(), 3))
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"])))
print(shlex.split('ls -l "my file.txt" --opt=\'x y\' a\\ b'), shlex.quote("it's here"), shlex.join(["a b", "c"]))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0, 0))
print(getopt.getopt(["-a", "-b", "val", "--long=x", "rest"], "ab:", ["long="]))
try:
    getopt.getopt(["-z"], "ab")
except getopt.GetoptError as e:
    print("GetoptError", e)
print(html.escape('<a href="x">Tom & "Jerry"\'s</a>'), html.unescape("&lt;p&gt; &amp;amp; &eacute; &#169; &#x263a; &notit;"))
import html.entities
print(html.entities.name2codepoint["eacute"], len(html.entities.html5) > 2000)
from html import escape
print(escape("<>", quote=False))
s = sched.scheduler()
s.enter(2, 1, print, ("second",))
s.enter(1, 1, print, ("first",))
s.run()
import this
import colorsys
print(colorsys.rgb_to_hls(0.2, 0.4, 0.9), colorsys.rgb_to_hls(1, 0.5, 0.2))
