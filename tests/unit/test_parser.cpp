// Parser tests: the AST of every tests/parser/cases/*.py must print exactly as CPython 3.11's
// ast.dump() (with and without attributes), and every entry of tests/parser/syntax_errors.py must
// fail with CPython's exception type, message and location (compile() semantics) and print exactly
// what `python3 main.py` prints. Expected values come from tests/parser/make_expected.py and are
// compiled in (parser_cases.inc), so this also runs under WebAssembly without file access.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <string_view>

#include "lang/ast_dump.hpp"
#include "lang/parser.hpp"

using namespace ls;

namespace {

#define SV(s, n) std::string_view(s, n)

struct ParserCase {
  const char* name;
  std::string_view source;
  std::string_view dump;
  std::string_view dump_attrs;
};

struct SyntaxErrorCase {
  std::string_view source;
  bool valid;  // CPython accepts it
  const char* type;
  std::string_view msg;
  int lineno, offset, end_lineno, end_offset;  // compile() semantics (SourceKind::String)
  std::string_view printed;                    // `python3 main.py` stderr (SourceKind::File)
};

#include "../parser/parser_cases.inc"

#undef SV

// The corpus is checked with match statements enabled (CPython 3.11's full grammar).
ParseResult parse_full(std::string_view src, SourceKind kind) {
  ParseOptions opts;
  opts.kind = kind;
  opts.match_statements = true;
  return parse_module(src, opts);
}

std::string dump_or_error(std::string_view src, bool attrs, SourceKind kind = SourceKind::String) {
  ParseResult r = parse_full(src, kind);
  if (!r.ok()) {
    const SyntaxErrorInfo& e = *r.error;
    return "ERROR " + e.type + ": " + e.msg + " at " + std::to_string(e.lineno) + ":" +
           std::to_string(e.col_offset);
  }
  return ast_dump(*r.module, attrs);
}

}  // namespace

TEST_CASE("parser: ast.dump() of every case matches CPython", "[parser]") {
  REQUIRE(sizeof(kParserCases) / sizeof(kParserCases[0]) >= 80);
  for (const ParserCase& c : kParserCases) {
    INFO("case " << c.name);
    CHECK(dump_or_error(c.source, false) == c.dump);
    CHECK(dump_or_error(c.source, false, SourceKind::File) == c.dump);
  }
}

TEST_CASE("parser: node locations (include_attributes=True) match CPython", "[parser]") {
  for (const ParserCase& c : kParserCases) {
    INFO("case " << c.name);
    CHECK(dump_or_error(c.source, true) == c.dump_attrs);
  }
}

TEST_CASE("parser: syntax errors match CPython's compile()", "[parser][errors]") {
  size_t errors = 0;
  for (const SyntaxErrorCase& c : kSyntaxErrorCases) {
    INFO("source:\n" << c.source);
    ParseResult r = parse_full(c.source, SourceKind::String);
    if (c.valid) {
      CHECK(r.ok());
      continue;
    }
    ++errors;
    REQUIRE_FALSE(r.ok());
    const SyntaxErrorInfo& e = *r.error;
    CHECK(e.type == c.type);
    CHECK(e.msg == c.msg);
    CHECK(e.lineno == c.lineno);
    CHECK(e.col_offset == c.offset);
    CHECK(e.end_lineno == c.end_lineno);
    CHECK(e.end_offset == c.end_offset);
  }
  CHECK(errors >= 300);
}

TEST_CASE("parser: printed syntax errors match `python3 main.py`", "[parser][errors]") {
  for (const SyntaxErrorCase& c : kSyntaxErrorCases) {
    if (c.valid) continue;
    INFO("source:\n" << c.source);
    ParseResult r = parse_full(c.source, SourceKind::File);
    REQUIRE_FALSE(r.ok());
    CHECK(format_syntax_error(*r.error, "main.py") == c.printed);
  }
}

TEST_CASE("parser: format_syntax_error renders CPython's report", "[parser][errors]") {
  ParseResult r = parse_module("import asyncio\n\nx = (1,\ny = 2\n");
  REQUIRE_FALSE(r.ok());
  CHECK(format_syntax_error(*r.error, "main.py") ==
        "  File \"main.py\", line 3\n"
        "    x = (1,\n"
        "        ^\n"
        "SyntaxError: '(' was never closed\n");

  r = parse_module("def f(x):\n    return x\n\nf() = 3\n");
  REQUIRE_FALSE(r.ok());
  CHECK(format_syntax_error(*r.error, "demo.py") ==
        "  File \"demo.py\", line 4\n"
        "    f() = 3\n"
        "    ^^^\n"
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");

  r = parse_module("if True:\nprint('x')\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->type == "IndentationError");
  CHECK(format_syntax_error(*r.error, "main.py") ==
        "  File \"main.py\", line 2\n"
        "    print('x')\n"
        "    ^\n"
        "IndentationError: expected an indented block after 'if' statement on line 1\n");

  SyntaxErrorInfo mem;
  mem.type = "MemoryError";
  CHECK(format_syntax_error(mem, "main.py") == "MemoryError\n");
}

TEST_CASE("parser: a file that is not UTF-8 is reported like CPython", "[parser][errors]") {
  ParseOptions opts;
  opts.filename = "/tmp/prog.py";
  ParseResult r = parse_module("x = 1\ny = '\xff'\n", opts);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->lineno == 0);
  CHECK(format_syntax_error(*r.error, "/tmp/prog.py") ==
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /tmp/prog.py on line 2, but no encoding "
        "declared; see https://peps.python.org/pep-0263/ for details\n");
  // valid multi-byte UTF-8 and a BOM are fine
  CHECK(parse_module("\xef\xbb\xbfs = '\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'\n").ok());
}

TEST_CASE("parser: constants carry what the compiler needs", "[parser]") {
  ParseResult r = parse_module(
      "a = 0x_FF\nb = 123456789012345678901234567890\nc = 9223372036854775807\n"
      "d = 9223372036854775808\ne = 0b101\nf = 2.5\ng = 3j\nh = 'é\\n'\ni = b'\\xff'\nj = u'x'\n");
  REQUIRE(r.ok());
  auto value = [&](size_t i) { return r.module->body[i]->as<ast::Assign>()->value->as<ast::Constant>(); };
  CHECK(value(0)->ckind == ast::ConstantKind::Int);
  CHECK(value(0)->value == "255");
  CHECK(value(0)->fits_i64);
  CHECK(value(0)->ivalue == 255);
  CHECK(value(1)->value == "123456789012345678901234567890");
  CHECK_FALSE(value(1)->fits_i64);
  CHECK(value(2)->fits_i64);
  CHECK(value(2)->ivalue == INT64_MAX);
  CHECK_FALSE(value(3)->fits_i64);
  CHECK(value(3)->value == "9223372036854775808");
  CHECK(value(4)->ivalue == 5);
  CHECK(value(5)->ckind == ast::ConstantKind::Float);
  CHECK(value(5)->fvalue == 2.5);
  CHECK(value(6)->ckind == ast::ConstantKind::Complex);
  CHECK(value(6)->fvalue == 3.0);
  CHECK(value(7)->ckind == ast::ConstantKind::Str);
  CHECK(value(7)->value == "\xc3\xa9\n");
  CHECK(value(8)->ckind == ast::ConstantKind::Bytes);
  CHECK(value(8)->value == "\xff");
  CHECK(value(9)->u_prefix);
}

TEST_CASE("parser: node kinds, downcasts and shared node types", "[parser]") {
  ParseResult r = parse_module(
      "async def f(a, /, b=1, *c, d, **e):\n"
      "    async with x as y:\n"
      "        async for i in y:\n"
      "            await i\n"
      "try:\n    pass\nexcept* E:\n    pass\n"
      "print(f'{x=}')\n");
  REQUIRE(r.ok());
  const ast::Stmt* s0 = r.module->body[0];
  REQUIRE(s0->kind == ast::StmtKind::AsyncFunctionDef);
  const ast::FunctionDef* fn = s0->as<ast::FunctionDef>();
  CHECK(fn->is_async());
  CHECK(fn->args.posonlyargs.size() == 1);
  CHECK(fn->args.args.size() == 1);
  CHECK(fn->args.defaults.size() == 1);
  CHECK(fn->args.has_vararg);
  CHECK(fn->args.vararg.arg == "c");
  CHECK(fn->args.kwonlyargs.size() == 1);
  REQUIRE(fn->args.kw_defaults.size() == 1);
  CHECK(fn->args.kw_defaults[0] == nullptr);
  CHECK(fn->args.has_kwarg);
  const ast::With* w = fn->body[0]->as<ast::With>();
  CHECK(w->is_async());
  CHECK(w->items[0].optional_vars->as<ast::Name>()->ctx == ast::ExprContext::Store);
  const ast::For* loop = w->body[0]->as<ast::For>();
  CHECK(loop->kind == ast::StmtKind::AsyncFor);
  CHECK(loop->body[0]->as<ast::ExprStmt>()->value->is<ast::Await>());
  const ast::Try* t = r.module->body[1]->as<ast::Try>();
  CHECK(t->is_star());
  CHECK(r.module->body[1]->try_as<ast::If>() == nullptr);
  // f"{x=}" -> JoinedStr([Constant('x='), FormattedValue(x, conversion='r')])
  const ast::Call* call = r.module->body[2]->as<ast::ExprStmt>()->value->as<ast::Call>();
  const ast::JoinedStr* js = call->args[0]->as<ast::JoinedStr>();
  REQUIRE(js->values.size() == 2);
  CHECK(js->values[0]->as<ast::Constant>()->value == "x=");
  CHECK(js->values[1]->as<ast::FormattedValue>()->conversion == 'r');
  CHECK(r.module->arena.size() > 10);
}

TEST_CASE("parser: match statements are parsed by default and can be turned off", "[parser]") {
  const char* src = "x = 1\nmatch x:\n    case 1:\n        pass\n";
  ParseOptions off;
  off.match_statements = false;
  ParseResult r = parse_module(src, off);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->msg == "match statements are not supported");
  CHECK(r.error->lineno == 2);
  // `match` stays an ordinary name
  CHECK(parse_module("match = re.match(p, s)\nmatch(x)\nmatch.group(0)\nprint(match)\n").ok());
  CHECK(parse_module("match = re.match(p, s)\nmatch(x)\nmatch.group(0)\nprint(match)\n", off).ok());
  r = parse_module(src);
  REQUIRE(r.ok());
  const ast::Match* m = r.module->body[1]->as<ast::Match>();
  REQUIRE(m->cases.size() == 1);
  CHECK(m->cases[0].pattern->as<ast::MatchValue>()->value->as<ast::Constant>()->value == "1");
}

TEST_CASE("parser: compiler-detected errors are left to the compiler", "[parser]") {
  // CPython reports these from its compiler/symtable, not the parser.
  for (const char* src : {"return 1\n", "await x\n", "break\n", "yield 1\n", "nonlocal x\n",
                          "def f(a, a): pass\n", "async def f():\n    yield from x\n"}) {
    INFO(src);
    CHECK(parse_module(src).ok());
  }
}

TEST_CASE("parser: deep nesting is reported, not a crash", "[parser]") {
  std::string deep = "x = " + std::string(7000, '-') + "1\n";
  ParseResult r = parse_module(deep);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->type == "MemoryError");

  std::string parens = "x = " + std::string(201, '(') + std::string(201, ')') + "\n";
  r = parse_module(parens);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->msg == "too many nested parentheses");

  std::string ok = "x = " + std::string(150, '[') + std::string(150, ']') + "\n";
  CHECK(parse_module(ok).ok());

  std::string long_chain = "x = 1";
  for (int i = 0; i < 20000; ++i) long_chain += " + 1";
  long_chain += "\n";
  CHECK(parse_module(long_chain).ok());
}

TEST_CASE("parser: 10k lines parse quickly", "[parser][perf]") {
  std::string src;
  std::string_view unit =
      "class Worker{i}(Base):\n"
      "    async def run(self, queue: asyncio.Queue, *, delay=0.1) -> None:\n"
      "        try:\n"
      "            while (item := await queue.get()) is not None:\n"
      "                self.total += item * 2 ** 3 - len([x for x in range(10) if x % 2])\n"
      "                print(f\"{self.name}: {item!r:>10} {self.total=}\", file=sys.stderr)\n"
      "        except asyncio.CancelledError as exc:\n"
      "            raise RuntimeError('cancelled') from exc\n"
      "        finally:\n"
      "            queue.task_done()\n";
  size_t lines = 0;
  for (int i = 0; lines < 10000; ++i) {
    std::string u(unit);
    u.replace(u.find("{i}"), 3, std::to_string(i));
    src += u;
    lines += 10;
  }
  REQUIRE(lines >= 10000);
  auto t0 = std::chrono::steady_clock::now();
  ParseResult r = parse_module(src);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  REQUIRE(r.ok());
  INFO("parsed " << lines << " lines in " << ms << " ms");
  // Native optimized builds take a few ms; the bound leaves room for sanitizer/debug/wasm builds.
  CHECK(ms < 2000);
}
