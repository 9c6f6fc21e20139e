# decimal as CPython's C _decimal: reprs, the signals' exceptions carrying the list of trapped
# conditions, argument errors, Context repr/flags/traps (signal dicts in _decimal's order),
# formatting, and a seeded differential run of the arithmetic against CPython.
import decimal
from decimal import *

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r), "|", str(r))
    except BaseException as e:
        print(label, "!!", type(e).__module__, type(e).__qualname__, repr(e), "|", str(e), "| args:", e.args)

D = Decimal
print(repr(getcontext()))
print(str(getcontext()))
print(Decimal, Context, InvalidOperation, DivisionByZero, ConversionSyntax, FloatOperation, DecimalException)
print(Decimal.__module__, Decimal.__name__, Decimal.__qualname__, type(getcontext()).__name__)
print(InvalidOperation.__mro__)
print(DivisionByZero.__mro__)
print(FloatOperation.__mro__)
print(Overflow.__mro__, Underflow.__mro__)
print(ROUND_HALF_UP, ROUND_HALF_EVEN, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
t("add", lambda: D("1.10") + D("2.205"))
t("div", lambda: D(1) / D(7))
t("div0", lambda: D(1) / D(0))
t("div00", lambda: D(0) / D(0))
t("divmod0", lambda: divmod(D(1), D(0)))
t("floordiv0", lambda: D(5) // D(0))
t("mod0", lambda: D(5) % D(0))
t("syntax", lambda: D("abc"))
t("syntax2", lambda: D("1.2.3"))
t("syntax3", lambda: D(""))
t("list", lambda: D([1]))
t("none", lambda: D(None))
t("tuple", lambda: D((0, (1, 4), -2)))
t("badtuple", lambda: D((0, (1, 14), -2)))
t("float", lambda: D(0.1))
t("floatadd", lambda: D(1) + 1.5)
t("floatradd", lambda: 1.5 + D(1))
t("floatmul", lambda: D(1) * 1.5)
t("strdadd", lambda: D(1) + "1")
t("intadd", lambda: D(1) + 2)
t("lt_float", lambda: D(1) < 1.5)
t("eq_float", lambda: D("0.5") == 0.5)
t("lt_str", lambda: D(1) < "2")
t("sqrt", lambda: D(2).sqrt())
t("sqrtneg", lambda: D(-1).sqrt())
t("ln", lambda: D(10).ln())
t("log10", lambda: D(1000).log10())
t("exp", lambda: D(1).exp())
t("pow", lambda: D(2) ** 100)
t("powfrac", lambda: D(2) ** D("0.5"))
t("pow_neg", lambda: D(-8) ** D("0.5"))
t("quantize", lambda: D("19.995").quantize(D("0.01")))
t("quantize_up", lambda: D("19.995").quantize(D("0.01"), rounding=ROUND_HALF_UP))
t("quantize_big", lambda: D("1e30").quantize(D("0.01")))
t("normalize", lambda: D("1.500").normalize())
t("to_integral", lambda: D("2.5").to_integral_value())
t("round", lambda: round(D("2.675"), 2))
t("round0", lambda: round(D("2.5")))
t("int", lambda: int(D("-7.9")))
t("intnan", lambda: int(D("nan")))
t("intinf", lambda: int(D("inf")))
t("float_", lambda: float(D("1.1")))
t("floatsnan", lambda: float(D("snan")))
t("hash", lambda: hash(D("1.5")) == hash(1.5))
t("hashsnan", lambda: hash(D("snan")))
t("fmt", lambda: f"{D('1234567.891'):,.2f}")
t("fmt2", lambda: f"{D('0.5'):%} {D('-1.5'):+08.2f} {D('1e10'):e} {D('123.456'):.2e} {D('1.23'):>10}|")
t("fmt3", lambda: format(D("1234.5"), "n"))
t("fmt4", lambda: format(D("1234.5"), "g"))
t("fmt5", lambda: format(D("1234.5"), ".10g"))
t("fmtbad", lambda: format(D("1.5"), "x"))
t("overflow", lambda: D("9e999999") * 10)
t("underflow", lambda: D("1e-999999") / D("1e10"))
t("nan_cmp", lambda: D("nan") < 1)
t("snan_eq", lambda: D("snan") == 1)
t("as_tuple", lambda: D("-1.25").as_tuple())
t("as_ratio", lambda: D("0.75").as_integer_ratio())
t("from_float", lambda: D.from_float(0.25))
t("copy_sign", lambda: D(1).copy_sign(D(-2)))
t("adjusted", lambda: D("123.45").adjusted())
t("is", lambda: (D("nan").is_nan(), D(0).is_zero(), D(-1).is_signed(), D("inf").is_infinite()))
t("max", lambda: max(D(1), D("1.0"), D("0.99")))
t("sum", lambda: sum([D("0.1")] * 3))
t("sorted", lambda: sorted([D(3), D("1.5"), 2]))
t("neg0", lambda: -D(0))
t("abs", lambda: abs(D("-0.00")))
t("bool", lambda: (bool(D(0)), bool(D("0.0")), bool(D("nan"))))
t("context_prec", lambda: Context(prec=5).divide(D(1), D(3)))
t("context_bad", lambda: Context(prec=0))
t("context_bad2", lambda: Context(rounding="UP"))
t("context_attr", lambda: setattr(getcontext(), "prec", "x"))
t("context_attr2", lambda: setattr(getcontext(), "foo", 1))
t("ctx_create", lambda: getcontext().create_decimal("1.23456789012345678901234567890"))
def lc():
    with localcontext() as ctx:
        ctx.prec = 3
        return D(1) / D(7), ctx
t("localcontext", lc)
def trap():
    ctx = Context(traps=[Inexact])
    return ctx.divide(D(1), D(3))
t("trap_inexact", trap)
def flags():
    ctx = Context()
    ctx.divide(D(1), D(3))
    return ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero], ctx
t("flags", flags)
def clear():
    ctx = getcontext().copy()
    ctx.clear_flags(); ctx.clear_traps()
    return ctx.divide(D(1), D(0)), ctx.divide(D(0), D(0)), ctx
t("cleartraps", clear)
t("getattr", lambda: D(1).nope)
t("setattr", lambda: setattr(D(1), "x", 1))
t("bigpow", lambda: D(10) ** 1000000)
t("compare", lambda: D(1).compare(D(2)))
t("scaleb", lambda: D("1.5").scaleb(3))
t("eng", lambda: D("123E+8").to_eng_string())
t("sci", lambda: (str(D("0.000001")), str(D("0.0000001")), str(D("1E+2")), str(D("100"))))
t("repr_neg", lambda: [D("-0"), D("-nan"), D("-inf"), D("1e-7"), D("12345678901234567890.123")])
t("fromint", lambda: D(2**100))
t("mixed_fraction", lambda: D(1) + __import__("fractions").Fraction(1, 2))
t("cmp_fraction", lambda: D("0.5") == __import__("fractions").Fraction(1, 2))
t("isinstance", lambda: isinstance(D(1), __import__("numbers").Number))
t("decimaltuple", lambda: DecimalTuple(0, (1,), 0))
t("decimal_class_type", lambda: (type(D), type(InvalidOperation)))
print(sorted(n for n in dir(decimal) if not n.startswith("_")))

# --- differential arithmetic ---
import random
random.seed(5)
def rnd():
    k = random.random()
    if k < 0.05: return random.choice(["NaN", "-Infinity", "Infinity", "0", "-0", "1E+999998", "1E-999998"])
    digits = "".join(random.choice("0123456789") for _ in range(random.randint(1, 30)))
    e = random.randint(-40, 40)
    return ("-" if random.random() < 0.3 else "") + digits + "E" + str(e)
ops = ["+", "-", "*", "/", "//", "%", "**", "sqrt", "quantize", "cmp", "str", "fmt", "hash", "round", "ln", "int"]
out = []
for i in range(1500):
    ctx = Context(prec=random.choice([5, 9, 28, 50]), rounding=random.choice([ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_05UP]))
    if random.random() < 0.3: ctx.traps[Inexact] = True
    setcontext(ctx)
    a, b = Decimal(rnd()), Decimal(rnd())
    op = random.choice(ops)
    try:
        if op == "+": r = a + b
        elif op == "-": r = a - b
        elif op == "*": r = a * b
        elif op == "/": r = a / b
        elif op == "//": r = a // b
        elif op == "%": r = a % b
        elif op == "**": r = a ** Decimal(random.randint(-3, 5))
        elif op == "sqrt": r = abs(a).sqrt()
        elif op == "quantize": r = a.quantize(Decimal("1E%d" % random.randint(-5, 5)))
        elif op == "cmp": r = (a < b, a == b, a.compare_total(b), max(a, b))
        elif op == "str": r = (str(a), a.to_eng_string(), repr(a.normalize()))
        elif op == "fmt": r = format(a, random.choice([",.2f", "e", ".3g", "%", "10.4f", "n", ".0f", "+.5E"]))
        elif op == "hash": r = hash(a) if not a.is_nan() else None
        elif op == "round": r = round(a, random.randint(-2, 4))
        elif op == "ln": r = abs(a).ln()
        elif op == "exp": r = (a / 10**20).exp()
        elif op == "int": r = int(a) if not a.is_finite() or a.adjusted() < 60 else None
    except Exception as e:
        r = "ERR %s %s" % (type(e).__name__, e)
    out.append("%d %s %s %s -> %s | %s" % (i, a, op, b, r, ctx))
print("\n".join(out))
setcontext(DefaultContext)
