// Embind binding of core/run.hpp for JavaScript (the page's worker, node tests). No logic of its own:
// it converts options from a JS object, buffers the run's output until JS takes it, hands back the
// exit code, and asks the host for stdlib modules' sources (moduleSource). The JS-side types are in wasm/loopscope.d.ts; keep the two in step.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "core/run.hpp"

namespace {

using emscripten::val;

// The module is built without the Python-level stdlib modules' sources: a stdlib module's first
// import in a run asks the host for its text through moduleSource(name), a function given to
// createLoopScope({moduleSource}) (string, or null/undefined when it cannot be had).
bool module_source(std::string_view name, std::string* source) {
  val provider = val::module_property("moduleSource");
  if (provider.typeOf().as<std::string>() != "function") return false;
  val text = provider(std::string(name));
  if (!text.isString()) return false;
  *source = text.as<std::string>();
  return true;
}

// {filename?, source?, argv?, maxSteps?, trace?, traceEventLimit?} -> RunOptions; absent fields keep
// their defaults.
ls::RunOptions options_from_js(const val& js) {
  ls::RunOptions options;
  if (val v = js["filename"]; !v.isUndefined()) options.filename = v.as<std::string>();
  if (val v = js["source"]; !v.isUndefined()) options.source = v.as<std::string>();
  if (val v = js["argv"]; !v.isUndefined()) options.argv = emscripten::vecFromJSArray<std::string>(v);
  if (val v = js["maxSteps"]; !v.isUndefined()) options.max_steps = static_cast<int64_t>(v.as<double>());
  if (val v = js["trace"]; !v.isUndefined()) options.trace = v.as<bool>();
  if (val v = js["traceEventLimit"]; !v.isUndefined()) options.trace_event_limit = static_cast<size_t>(v.as<double>());
  options.module_source = module_source;
  return options;
}

// A run seen from JS: new Run(options); advance(steps) until it returns true; takeOutput() after each
// advance; exitCode() at the end; delete() when done with it.
class JsRun {
 public:
  explicit JsRun(const val& options) : run_(with_output_buffer(options_from_js(options))) {}

  bool advance(double steps) {
    if (internal_error_) return true;
    try {
      return run_.advance(static_cast<int64_t>(steps));
    } catch (const std::exception& e) {
      // A bug in the core, not in the user's program: end the run and say so on stderr.
      internal_error_ = true;
      append(ls::Stream::Stderr, std::string("loopscope: internal error: ") + e.what() + "\n");
      return true;
    }
  }

  bool done() const { return internal_error_ || run_.done(); }

  int exit_code() const { return internal_error_ ? 70 : run_.result().exit_code; }

  std::string trace_json() const { return run_.trace_json(); }
  std::string trace_text() const { return run_.trace_text(); }
  std::string trace_perfetto() const { return run_.trace_perfetto(); }

  // The output written since the last call: [{stream: "stdout" | "stderr", text}], consecutive writes
  // to the same stream joined.
  val take_output() {
    val chunks = val::array();
    for (size_t i = 0; i < pending_.size(); ++i) {
      val chunk = val::object();
      chunk.set("stream", pending_[i].first == ls::Stream::Stdout ? "stdout" : "stderr");
      chunk.set("text", pending_[i].second);
      chunks.set(i, chunk);
    }
    pending_.clear();
    return chunks;
  }

 private:
  ls::RunOptions with_output_buffer(ls::RunOptions options) {
    options.on_output = [this](ls::Stream stream, std::string_view text) { append(stream, text); };
    return options;
  }

  void append(ls::Stream stream, std::string_view text) {
    if (pending_.empty() || pending_.back().first != stream) pending_.emplace_back(stream, std::string());
    pending_.back().second.append(text);
  }

  std::vector<std::pair<ls::Stream, std::string>> pending_;  // declared before run_: run_ writes here
  bool internal_error_ = false;
  ls::Run run_;
};

std::string version() { return ls::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(loopscope) {
  emscripten::function("version", &version);
  emscripten::class_<JsRun>("Run")
      .constructor<const val&>()
      .function("advance", &JsRun::advance)
      .function("done", &JsRun::done)
      .function("exitCode", &JsRun::exit_code)
      .function("takeOutput", &JsRun::take_output)
      .function("traceJson", &JsRun::trace_json)
      .function("traceText", &JsRun::trace_text)
      .function("tracePerfetto", &JsRun::trace_perfetto);
}
