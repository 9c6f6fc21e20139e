// The contract of core/run.hpp that the CLI and the WebAssembly binding rely on, whatever the program.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "core/run.hpp"

namespace {

ls::RunOptions program(std::string source) {
  ls::RunOptions options;
  options.filename = "main.py";
  options.source = std::move(source);
  return options;
}

// Advances in small slices, as the browser worker does; fails the test if the run never ends.
const ls::RunResult& finish(ls::Run& run) {
  int advances = 0;
  while (!run.advance(1000)) REQUIRE(++advances < 100000);
  return run.result();
}

}  // namespace

TEST_CASE("version() is MAJOR.MINOR.PATCH", "[run]") {
  CHECK(std::regex_match(ls::version(), std::regex(R"([0-9]+\.[0-9]+\.[0-9]+)")));
}

TEST_CASE("a run ends, and stays done", "[run]") {
  ls::Run run(program("print(1 + 1)\n"));
  CHECK_FALSE(run.done());
  finish(run);
  CHECK(run.done());
  CHECK(run.advance(1));
  CHECK(run.done());
}

TEST_CASE("on_output streams exactly what the run collects without it", "[run]") {
  const std::string source = "import sys\nprint('out')\nprint('err', file=sys.stderr)\nraise SystemExit(3)\n";

  ls::Run collected(program(source));
  const ls::RunResult& plain = finish(collected);

  std::string out, err;
  std::vector<ls::Stream> order;
  ls::RunOptions options = program(source);
  options.on_output = [&](ls::Stream stream, std::string_view text) {
    (stream == ls::Stream::Stdout ? out : err).append(text);
    order.push_back(stream);
  };
  ls::Run streamed(std::move(options));
  const ls::RunResult& result = finish(streamed);

  CHECK(out == plain.out);
  CHECK(err == plain.err);
  CHECK(result.exit_code == plain.exit_code);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
}

TEST_CASE("run_program gives what stepping a Run gives", "[run]") {
  const std::string source = "print('hello')\n";
  ls::Run run(program(source));
  const ls::RunResult& stepped = finish(run);
  ls::RunResult whole = ls::run_program(program(source));
  CHECK(whole.exit_code == stepped.exit_code);
  CHECK(whole.out == stepped.out);
  CHECK(whole.err == stepped.err);
}

TEST_CASE("two interleaved runs give what each gives alone", "[run]") {
  const std::string a = "x = 1\nprint(x)\n", b = "print(2)\n";
  ls::Run first(program(a));
  ls::Run second(program(b));
  first.advance(1);
  const ls::RunResult& second_result = finish(second);
  const ls::RunResult& first_result = finish(first);
  for (auto [source, result] : {std::pair{a, &first_result}, std::pair{b, &second_result}}) {
    ls::RunResult alone = ls::run_program(program(source));
    CHECK(result->out == alone.out);
    CHECK(result->err == alone.err);
    CHECK(result->exit_code == alone.exit_code);
  }
}

TEST_CASE("the trace is empty unless asked for", "[run]") {
  ls::Run run(program("print(1)\n"));
  finish(run);
  CHECK(run.trace_json().empty());
}
