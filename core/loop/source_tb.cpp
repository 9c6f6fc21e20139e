// Debug mode's _source_traceback (see source_tb.hpp).
#include "loop/source_tb.hpp"

#include <vector>

#include "lang/code.hpp"
#include "lang/frame.hpp"
#include "lang/vm.hpp"
#include "loop/asyncio.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls {

namespace {
const char kAsyncioDir[] = "/usr/lib/python3.11/asyncio/";
}  // namespace

Value capture_source_traceback(Runtime& rt, const Value& loop, const SourceSite* sites, int nsites, int limit) {
  if (!loop || !is_loop(rt, loop) || !as_loop(loop)->debug || !rt.vm) return Value();
  std::vector<Value> inner;  // innermost first
  auto full = [&] { return limit > 0 && static_cast<int>(inner.size()) >= limit; };
  auto add_site = [&](const SourceSite& s) {
    inner.push_back(make_tuple(rt, {make_str(rt, std::string(kAsyncioDir) + s.file), make_int(rt, s.line),
                                    make_str(rt, s.name), make_str(rt, s.text)}));
  };
  for (int i = nsites - 1; i >= 0 && !full(); --i) add_site(sites[i]);
  // The program's frames, with the loop's layers (StdFrameScope) where they were entered: a
  // layer entered while frame F was innermost sits between F and the frames entered later.
  AsyncioState* st = asyncio_state_if_any(rt);
  int j = st ? static_cast<int>(st->std_frames.size()) - 1 : -1;
  FrameObject* f = visible_frame(rt.vm->current);
  for (;;) {
    while (j >= 0 && st->std_frames[j].anchor == f && !full()) add_site(*st->std_frames[j--].site);
    if (!f || full()) break;
    inner.push_back(make_tuple(rt, {f->code->filename, make_int(rt, f->line()), f->code->name, rt.None()}));
    f = visible_frame(f->back);
  }
  Ref<ListObject> l = new_list(rt, static_cast<int64_t>(inner.size()));
  for (auto it = inner.rbegin(); it != inner.rend(); ++it) list_append(rt, l.get(), *it);
  return std::move(l).value();
}

std::string source_traceback_repr(Runtime& rt, const Value& tb) {
  if (!tb || tb.type(rt) != rt.t.list || as_list(tb)->size == 0) return "";
  ListObject* l = as_list(tb);
  Value last = l->items[l->size - 1];
  if (last.type(rt) != rt.t.tuple || as_tuple(last)->size < 2) return "";
  TupleObject* t = as_tuple(last);
  std::string file = is_str(rt, (*t)[0]) ? std::string(str_view((*t)[0])) : "?";
  int64_t line = 0;
  if (!(*t)[1].is_small()) return "";
  line = (*t)[1].small_value();
  return " created at " + file + ":" + std::to_string(line);
}

Value source_traceback_value(Runtime& rt, const Value& tb) {
  if (!tb) return rt.None();
  Value mod = rt.vm ? rt.vm->import_module(rt, make_str(rt, "traceback")) : Value();
  if (!mod) return nullptr;
  Value ss = getattr(rt, mod, "StackSummary");
  if (!ss) return nullptr;
  return call_method(rt, ss, rt.intern("from_list"), {tb});
}

TaskSiteScope::TaskSiteScope(Runtime& rt, const SourceSite* sites, int n)
    : st(asyncio_state(rt)), saved(st.task_sites), saved_n(st.task_sites_n) {
  st.task_sites = sites;
  st.task_sites_n = n;
}
TaskSiteScope::~TaskSiteScope() {
  st.task_sites = saved;
  st.task_sites_n = saved_n;
}

const SourceSite kSiteAsyncioRun{"runners.py", 190, "run", "return runner.run(main)"};
const SourceSite kSiteRunnerRun{"runners.py", 118, "run", "return self._loop.run_until_complete(task)"};
const SourceSite kSiteRunUntilComplete{"base_events.py", 640, "run_until_complete", "self.run_forever()"};
const SourceSite kSiteRunForever{"base_events.py", 607, "run_forever", "self._run_once()"};
const SourceSite kSiteRunOnce{"base_events.py", 1914, "_run_once", "handle._run()"};
const SourceSite kSiteHandleRun{"events.py", 80, "_run", "self._context.run(self._callback, *self._args)"};

StdFrameScope::StdFrameScope(Runtime& rt, const Value& loop, const SourceSite* site) {
  if (!loop || !is_loop(rt, loop) || !as_loop(loop)->debug || !rt.vm) return;
  st = &asyncio_state(rt);
  st->std_frames.push_back({visible_frame(rt.vm->current), site});
}
StdFrameScope::~StdFrameScope() {
  if (st) st->std_frames.pop_back();
}

CurrentHandleScope::CurrentHandleScope(Runtime& rt, Object* handle) : st(asyncio_state(rt)), saved(st.current_handle) {
  st.current_handle = handle;
}
CurrentHandleScope::~CurrentHandleScope() { st.current_handle = saved; }

Value current_handle_source_traceback(Runtime& rt) {
  AsyncioState* st = asyncio_state_if_any(rt);
  if (!st || !st->current_handle) return Value();
  auto* h = static_cast<HandleObject*>(st->current_handle);
  if (!h->source_tb || as_list(h->source_tb)->size == 0) return Value();
  return h->source_tb;
}

const SourceSite* take_task_sites(Runtime& rt, int* n) {
  AsyncioState* st = asyncio_state_if_any(rt);
  *n = 0;
  if (!st) return nullptr;
  const SourceSite* s = st->task_sites;
  *n = st->task_sites_n;
  st->task_sites = nullptr;
  st->task_sites_n = 0;
  return s;
}

}  // namespace ls
