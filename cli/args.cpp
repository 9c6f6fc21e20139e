#include "args.hpp"

#include <charconv>

namespace ls::cli {
namespace {

// One `loopscope run` option. To add one: a field in RunCommand and a row in kRunOptions.
struct Option {
  std::string_view name;     // "--max-steps"
  std::string_view metavar;  // "N"; empty for a flag, which takes no value
  std::string_view help;
  // Stores the value (empty for a flag); returns an error message, or "" when the value is fine.
  std::string (*apply)(RunCommand& run, std::string_view value);
};

constexpr Option kRunOptions[] = {
    {"--max-steps", "N", "stop the program after N bytecode steps (default 0: no limit)",
     [](RunCommand& run, std::string_view value) -> std::string {
       int64_t n = 0;
       auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
       if (ec != std::errc() || end != value.data() + value.size() || n < 0)
         return "--max-steps needs a whole number >= 0, not '" + std::string(value) + "'";
       run.max_steps = n;
       return "";
     }},
    {"--trace", "FILE", "record the cancellation trace as JSON in FILE (docs/trace-format.md)",
     [](RunCommand& run, std::string_view value) -> std::string {
       if (value.empty()) return "--trace needs a file name";
       run.trace_file = value;
       return "";
     }},
    {"--trace-text", "", "print the trace as a readable timeline on stderr after the run",
     [](RunCommand& run, std::string_view) -> std::string {
       run.trace_text = true;
       return "";
     }},
    {"--perfetto", "FILE", "write the trace in Chrome Trace Event format (open in ui.perfetto.dev)",
     [](RunCommand& run, std::string_view value) -> std::string {
       if (value.empty()) return "--perfetto needs a file name";
       run.perfetto_file = value;
       return "";
     }},
};

const Option* find_option(std::string_view name) {
  for (const Option& option : kRunOptions)
    if (option.name == name) return &option;
  return nullptr;
}

bool is_help(std::string_view arg) { return arg == "-h" || arg == "--help"; }

Parsed parse_run(std::span<const std::string_view> args) {
  Parsed parsed;
  parsed.command.kind = Command::Kind::Run;
  RunCommand& run = parsed.command.run;
  bool options_done = false;  // after "--" or the program's first argument
  bool has_file = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (!options_done && arg == "--") {
      options_done = true;
    } else if (!options_done && is_help(arg)) {
      parsed.command.kind = Command::Kind::Help;
      return parsed;
    } else if (!options_done && arg.size() > 1 && arg[0] == '-') {
      std::string_view name = arg;
      std::string_view value;
      bool inline_value = false;
      if (auto eq = arg.find('='); eq != std::string_view::npos) {
        name = arg.substr(0, eq);
        value = arg.substr(eq + 1);
        inline_value = true;
      }
      const Option* option = find_option(name);
      if (!option) {
        parsed.error = "unknown option '" + std::string(name) + "'" +
                       (has_file ? " (put -- before program arguments that start with -)" : "");
        return parsed;
      }
      if (option->metavar.empty() && inline_value) {
        parsed.error = std::string(name) + " takes no value";
        return parsed;
      }
      if (!option->metavar.empty() && !inline_value) {
        if (i + 1 == args.size()) {
          parsed.error = std::string(name) + " needs a value: " + std::string(name) + " " +
                         std::string(option->metavar);
          return parsed;
        }
        value = args[++i];
      }
      parsed.error = option->apply(run, value);
      if (!parsed.error.empty()) return parsed;
    } else if (!has_file) {
      run.file = arg;
      has_file = true;
    } else {
      run.argv.emplace_back(arg);
      options_done = true;
    }
  }
  if (!has_file) parsed.error = "run needs a FILE.py";
  return parsed;
}

}  // namespace

Parsed parse(std::span<const std::string_view> args) {
  Parsed parsed;
  if (args.empty()) {
    parsed.error = "no command given";
  } else if (args[0] == "run") {
    parsed = parse_run(args.subspan(1));
  } else if (args[0] == "--version" || args[0] == "version") {
    parsed.command.kind = Command::Kind::Version;
  } else if (is_help(args[0]) || args[0] == "help") {
    parsed.command.kind = Command::Kind::Help;
  } else {
    parsed.error = "unknown command '" + std::string(args[0]) + "'";
  }
  return parsed;
}

std::string usage() {
  std::string text =
      "usage: loopscope run [OPTIONS] FILE.py [OPTIONS] [--] [ARGS...]\n"
      "       loopscope --version\n"
      "\n"
      "Runs FILE.py (a Python asyncio program) on LoopScope's interpreter and event loop: its stdout\n"
      "and stderr are written as the program runs, and its exit status is loopscope's. ARGS become\n"
      "sys.argv[1:]; the first of them ends loopscope's options.\n"
      "\n"
      "options:\n";
  for (const Option& option : kRunOptions) {
    std::string head = "  " + std::string(option.name);
    if (!option.metavar.empty()) head += " " + std::string(option.metavar);
    if (head.size() < 24) head.resize(24, ' ');
    text += head + std::string(option.help) + "\n";
  }
  text += "  -h, --help            show this help\n";
  return text;
}

}  // namespace ls::cli
