// `loopscope`: reads a file, runs it with ls::Run, streams its output, exits with its exit code.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "core/run.hpp"

namespace {

// Reads the whole file into `text`; false with errno set when it cannot.
bool read_file(const std::string& path, std::string& text) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return false;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  bool ok = !std::ferror(file);
  int saved = errno;
  std::fclose(file);
  errno = saved;
  return ok;
}

bool write_file(const std::string& path, const std::string& text) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return false;
  bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  int saved = errno;
  ok = std::fclose(file) == 0 && ok;
  errno = saved;
  return ok;
}

void write_output(ls::Stream stream, std::string_view text) {
  if (stream == ls::Stream::Stderr) {
    std::fflush(stdout);  // keep the order of interleaved stdout and stderr
    std::fwrite(text.data(), 1, text.size(), stderr);
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
}

int run_file(const ls::cli::RunCommand& command) {
  ls::RunOptions options;
  options.filename = command.file;
  if (!read_file(command.file, options.source)) {
    int error = errno;
    std::fprintf(stderr, "loopscope: can't open file '%s': [Errno %d] %s\n", command.file.c_str(), error,
                 std::strerror(error));
    return 2;
  }
  options.argv = command.argv;
  options.max_steps = command.max_steps;
  options.on_output = write_output;
  options.trace = !command.trace_file.empty() || !command.perfetto_file.empty() || command.trace_text;

  ls::Run run(std::move(options));
  try {
    constexpr int64_t kStepsPerAdvance = 1 << 20;
    while (!run.advance(kStepsPerAdvance)) {
    }
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "loopscope: internal error: %s\n", e.what());
    return 70;
  }
  std::fflush(stdout);
  int status = run.result().exit_code;
  // The trace goes to files and stderr only, so the program's stdout stays byte-identical.
  auto save = [&](const std::string& path, const std::string& text) {
    if (path.empty()) return;
    if (!write_file(path, text)) {
      int error = errno;
      std::fprintf(stderr, "loopscope: can't write trace file '%s': [Errno %d] %s\n", path.c_str(), error,
                   std::strerror(error));
      if (status == 0) status = 2;
    }
  };
  save(command.trace_file, run.trace_json());
  save(command.perfetto_file, run.trace_perfetto());
  if (command.trace_text) {
    std::string text = run.trace_text();
    std::fputs("--- LoopScope trace ---\n", stderr);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  ls::cli::Parsed parsed = ls::cli::parse(args);
  if (!parsed.error.empty()) {
    std::string usage = ls::cli::usage();
    usage.resize(usage.find('\n') + 1);  // its first line
    std::fprintf(stderr, "loopscope: %s\n%sMore: loopscope --help\n", parsed.error.c_str(), usage.c_str());
    return 2;
  }
  switch (parsed.command.kind) {
    case ls::cli::Command::Kind::Version:
      std::printf("loopscope %s\n", ls::version());
      return 0;
    case ls::cli::Command::Kind::Help:
      std::fputs(ls::cli::usage().c_str(), stdout);
      return 0;
    case ls::cli::Command::Kind::Run:
      return run_file(parsed.command.run);
  }
  return 2;
}
