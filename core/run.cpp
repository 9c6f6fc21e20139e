// Placeholder for the run entry point until the interpreter lands: every run ends at once with exit
// code 1 and a message saying so. The interpreter replaces this file.
#include "run.hpp"

#include <utility>

namespace ls {

const char* version() { return "0.1.0"; }

struct Run::Impl {
  RunOptions options;
  RunResult result;
  bool done = false;
};

Run::Run(RunOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }

Run::~Run() = default;

bool Run::advance(int64_t /*steps*/) {
  if (impl_->done) return true;
  constexpr std::string_view message = "loopscope: the interpreter is not built yet\n";
  if (impl_->options.on_output) {
    impl_->options.on_output(Stream::Stderr, message);
  } else {
    impl_->result.err.append(message);
  }
  impl_->result.exit_code = 1;
  impl_->done = true;
  return true;
}

bool Run::done() const { return impl_->done; }

const RunResult& Run::result() const { return impl_->result; }

std::string Run::trace_json() const { return {}; }

RunResult run_program(RunOptions options) {
  Run run(std::move(options));
  while (!run.advance(1 << 20)) {
  }
  return run.result();
}

}  // namespace ls
