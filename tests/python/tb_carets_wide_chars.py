# exact-stderr
# Carets under a source line with East Asian wide/fullwidth characters or emoji are placed and counted in terminal columns (2 per wide character), as CPython 3.11.7's traceback module and its C printer do; other non-ASCII characters take one column.
import sys
import traceback

d = {"k": 1, "日": {}}
zero = 0


def ff(a, b):
    return a + b


cases = [
    lambda: "ｈｅｌｌｏ " + d["日本語"] + "!",
    lambda: "日本" + 1,
    lambda: d["é"] + "日本日本",
    lambda: d["😀😀"],
    lambda: 1 / zero  # 日本語のコメント
    ,
    lambda: d["日"]["本"],
    lambda: [d["日本語"], "ä"],
    lambda: ff("日本語", 1),
    lambda: ("日本" +
             1),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def main():
    return {"名前": "値"}["名前"] + len(d["キー"])


main()
