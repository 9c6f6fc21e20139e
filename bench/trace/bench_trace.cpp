// What the cancellation trace costs: each program of bench/*.py and bench/toolkit/*.py (or the files named) runs with the
// trace off, on (recording only: what every run in the page pays), and on plus the JSON export; the
// process's CPU time around the run only, median of RUNS. Prints the on/off ratios (target: recording
// <= 1.5x), the events recorded, and the recorder's event memory (target: 1M events in <= 64 MB).
//
//   build/native/bench/trace/bench_trace [FILE.py ...]      (from the repository root)
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/run.hpp"
#include "core/trace/recorder.hpp"

namespace {

constexpr int kRuns = 5;

double cpu_now() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Sample {
  double seconds = 0;
  size_t events = 0;
  size_t event_bytes = 0;
  size_t json_bytes = 0;
  std::string out;
};

enum class Mode { Off, Record, RecordAndJson };

Sample run_once(const std::string& path, const std::string& source, Mode mode) {
  ls::RunOptions options;
  options.filename = path;
  options.source = source;
  options.trace = mode != Mode::Off;
  Sample s;
  double start = cpu_now();
  ls::Run run(options);
  while (!run.advance(1 << 20)) {
  }
  if (mode == Mode::RecordAndJson) s.json_bytes = run.trace_json().size();
  s.seconds = cpu_now() - start;
  if (const ls::Recorder* r = run.recorder()) {
    s.events = r->events().size();
    s.event_bytes = r->events().capacity() * sizeof(r->events()[0]);
  }
  s.out = run.result().out;
  return s;
}

Sample median(const std::string& path, const std::string& source, Mode mode) {
  std::vector<Sample> samples;
  for (int i = 0; i < kRuns; ++i) samples.push_back(run_once(path, source, mode));
  std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.seconds < b.seconds; });
  return samples[kRuns / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) files.push_back(argv[i]);
  if (files.empty()) {
    // The asyncio workloads: bench/*.py and bench/toolkit/*.py.
    for (const char* dir : {"bench", "bench/toolkit"}) {
      if (!std::filesystem::is_directory(dir)) continue;
      for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".py" && e.path().filename() != "run.py") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
  }
  if (files.empty()) {
    std::fprintf(stderr, "no bench/*.py here: run from the repository root, or name the files\n");
    return 2;
  }
  std::printf("%-28s %9s %9s %7s %9s %7s %10s %9s\n", "program", "off", "record", "ratio", "+json", "ratio",
              "events", "B/event");
  int status = 0;
  for (const std::string& path : files) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    Sample off = median(path, ss.str(), Mode::Off);
    Sample rec = median(path, ss.str(), Mode::Record);
    Sample json = median(path, ss.str(), Mode::RecordAndJson);
    const char* note = (off.out == rec.out && off.out == json.out) ? "" : "   OUTPUT DIFFERS";
    if (*note) status = 1;
    std::string name = std::filesystem::path(path).stem().string();
    std::printf("%-28s %8.3fs %8.3fs %6.2fx %8.3fs %6.2fx %10zu %9.1f%s\n", name.c_str(), off.seconds, rec.seconds,
                rec.seconds / off.seconds, json.seconds, json.seconds / off.seconds, rec.events,
                rec.events ? static_cast<double>(rec.event_bytes) / static_cast<double>(rec.events) : 0.0, note);
  }
  std::printf("recorder memory for 1M events: %.1f MB (the event array; strings and task tables are extra)\n",
              static_cast<double>(sizeof(ls::TraceEvent)) * 1e6 / (1 << 20));
  return status;
}
