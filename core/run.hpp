// The one entry point of LoopScope's core: source text + options -> output, exit code, trace.
// Used by the CLI (cli/), the WebAssembly binding (wasm/) and the tests. Everything a run needs is
// owned by the Run object; two Runs never share state.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ls {

class Recorder;  // trace/recorder.hpp

const char* version();  // "MAJOR.MINOR.PATCH"

enum class Stream { Stdout = 1, Stderr = 2 };

struct RunOptions {
  std::string filename = "main.py";   // shown in tracebacks: File "main.py", line 3, in f
  std::string source;                 // the program text (UTF-8)
  std::vector<std::string> argv;      // sys.argv[1:]; sys.argv[0] is filename
  int64_t max_steps = 0;              // bytecode step budget; 0 = unlimited
  bool trace = false;                 // record the cancellation trace (see trace/)
  size_t trace_event_limit = 2'000'000;  // the trace stops (marked truncated) past this many events
  size_t max_source_bytes = size_t(4) << 20;  // a longer program is refused before it is compiled
  // Called for every chunk the program writes, in order, as soon as it is written.
  // When unset, output is collected in RunResult::out / err.
  std::function<void(Stream, std::string_view)> on_output;
  // The source of a Python-level stdlib module (core/modules/py/NAME.py), asked for on its first
  // import when the build does not embed the sources (the WebAssembly module for the page, whose
  // worker fetches them): stores the text in *source and returns true, or returns false if it
  // cannot be had (the import then fails with ImportError). Unused when the sources are embedded.
  std::function<bool(std::string_view name, std::string* source)> module_source;
};

struct RunResult {
  int exit_code = 0;
  std::string out;   // collected stdout (empty when on_output is set)
  std::string err;   // collected stderr (empty when on_output is set)
};

// A run in progress. advance() executes at most `steps` bytecode steps and returns; the host calls
// it again until done(). This keeps a browser worker responsive and lets WebAssembly engines tier
// up the dispatch loop (it is re-entered instead of running forever).
class Run {
 public:
  explicit Run(RunOptions options);
  ~Run();
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  bool advance(int64_t steps);  // true once the program has finished
  bool done() const;
  const RunResult& result() const;   // valid once done()
  // The cancellation trace (empty unless options.trace). Complete once done(); before that, what
  // has been recorded so far. Formats: docs/trace-format.md.
  std::string trace_json() const;
  std::string trace_text() const;
  std::string trace_perfetto() const;
  const Recorder* recorder() const;  // null unless options.trace

  struct Impl;
 private:
  std::unique_ptr<Impl> impl_;
};

// Convenience: run to completion.
RunResult run_program(RunOptions options);

}  // namespace ls
