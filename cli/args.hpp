// Command-line parsing for `loopscope`: argument vectors in, a Command or an error message out.
// No I/O here; cli/main.cpp does the files and the run.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ls::cli {

// `loopscope run [OPTIONS] FILE [OPTIONS] [--] [ARGS...]`
struct RunCommand {
  std::string file;
  std::vector<std::string> argv;  // the program's sys.argv[1:]
  int64_t max_steps = 0;          // 0 = no limit
  std::string trace_file;         // --trace FILE: LoopScope's trace JSON
  std::string perfetto_file;      // --perfetto FILE: Chrome Trace Event JSON
  bool trace_text = false;        // --trace-text: a readable timeline on stderr after the run
};

struct Command {
  enum class Kind { Run, Version, Help };
  Kind kind = Kind::Help;
  RunCommand run;  // for Kind::Run
};

struct Parsed {
  Command command;
  std::string error;  // non-empty: a usage error (exit status 2)
};

Parsed parse(std::span<const std::string_view> args);  // args without the program name

std::string usage();

}  // namespace ls::cli
