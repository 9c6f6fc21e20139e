// libFuzzer target: a whole run (parse, compile, execute on the event loop, with the trace on) of
// arbitrary bytes under a small step budget. Any Python error is fine; a crash, a hang, a leak or a
// sanitizer report is not.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/run.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ls::RunOptions options;
  options.source.assign(reinterpret_cast<const char*>(data), size);
  options.max_steps = 20000;
  options.trace = true;
  ls::Run run(options);
  int guard = 0;
  while (!run.advance(5000) && ++guard < 100) {
  }
  if (run.done()) {
    (void)run.trace_json();
    (void)run.trace_text();
  }
  return 0;
}
