// The loop, Future and Task rules of issue #3, each as a Python scenario (tests/unit/loop_cases/NAME.py)
// that LoopScope must run exactly as CPython 3.11.7 does on the virtual clock. The expected output was
// produced by CPython (loop_cases/regen.py); every stdout line is its own assertion, so a failure names
// the rule (the scenarios print one labelled observation per line).
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "core/run.hpp"
#include "loop_cases/case_data.hpp"

namespace {

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) {
      out.push_back(s.substr(start));
      break;
    }
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::string last_nonempty_line(const std::string& s) {
  std::vector<std::string> lines = split_lines(s);
  for (auto it = lines.rbegin(); it != lines.rend(); ++it)
    if (it->find_first_not_of(" \t\r") != std::string::npos) return *it;
  return "";
}

void check_case(const char* name) {
  const loopcases::Case* c = loopcases::find(name);
  REQUIRE(c != nullptr);
  ls::RunResult r = loopcases::run_case(*c);
  INFO("scenario " << c->name << ".py");
  std::vector<std::string> want = split_lines(c->out), got = split_lines(r.out);
  for (size_t i = 0; i < want.size() || i < got.size(); ++i) {
    INFO("stdout line " << (i + 1));
    CHECK((i < got.size() ? got[i] : std::string("<missing>")) ==
          (i < want.size() ? want[i] : std::string("<none>")));
  }
  CHECK(got.size() == want.size());
  CHECK((!r.out.empty() && r.out.back() == '\n') == (c->out[0] && c->out[std::strlen(c->out) - 1] == '\n'));
  CHECK(r.exit_code == c->code);
  if (c->exact_stderr) {
    CHECK(r.err == c->err);
  } else {
    CHECK(last_nonempty_line(r.err) == last_nonempty_line(c->err));
  }
}

}  // namespace

#define LOOP_CASE(name, tags, source, out, err, code, exact) \
  TEST_CASE("loop case " name, "[loopcase]" tags) { check_case(name); }
#include "loop_cases/cases.inc"
#undef LOOP_CASE
