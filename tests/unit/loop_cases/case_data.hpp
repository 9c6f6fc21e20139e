// The scenarios of tests/unit/loop_cases/ (embedded by regen.py into cases.inc) with CPython 3.11.7's
// output, shared by test_loop_cases.cpp (runs them through ls::Run) and test_loop_native.cpp (compares
// native-coroutine versions of some of them with the same CPython output).
#pragma once

#include <cstring>
#include <string>

#include "core/run.hpp"

namespace loopcases {

struct Case {
  const char* name;
  const char* tags;
  const char* source;
  const char* out;
  const char* err;
  int code;
  bool exact_stderr;
};

inline const Case* all_cases(size_t* n) {
#define LOOP_CASE(name, tags, source, out, err, code, exact) Case{name, tags, source, out, err, code, exact},
  static const Case kCases[] = {
#include "cases.inc"
  };
#undef LOOP_CASE
  *n = sizeof kCases / sizeof kCases[0];
  return kCases;
}

inline const Case* find(const char* name) {
  size_t n;
  const Case* cs = all_cases(&n);
  for (size_t i = 0; i < n; ++i)
    if (std::strcmp(cs[i].name, name) == 0) return &cs[i];
  return nullptr;
}

// Runs the scenario as `loopscope run NAME.py` would (the file name shows in tracebacks and reprs).
inline ls::RunResult run_case(const Case& c) {
  ls::RunOptions options;
  options.filename = std::string(c.name) + ".py";
  options.source = c.source;
  ls::Run run(std::move(options));
  int advances = 0;
  while (!run.advance(1 << 20) && ++advances < 100000) {
  }
  return run.result();
}

}  // namespace loopcases
