// libFuzzer target: the lexer, parser and compiler on arbitrary bytes. Whatever the input, the run
// must end with a SyntaxError (or start running) -- never a crash, a hang or a sanitizer report.
// The step budget of 1 stops the program right after it compiled.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/run.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ls::RunOptions options;
  options.source.assign(reinterpret_cast<const char*>(data), size);
  options.max_steps = 1;
  ls::Run run(options);
  for (int i = 0; i < 4 && !run.advance(1); ++i) {
  }
  return 0;
}
