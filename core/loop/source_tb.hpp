// Debug mode's _source_traceback (CPython: format_helpers.extract_stack when a Future, Task or
// Handle is made while loop.get_debug() is true): where the object was created, shown as
// "created at FILE:LINE" in reprs and as "Object created at (most recent call last):" in the
// exception handler's log.
#pragma once

#include <string>

#include "object/runtime.hpp"

namespace ls {

// A frame of CPython's Python asyncio code (asyncio/FILE) that stands between the program and
// the object it creates, as extract_stack lists it.
struct SourceSite {
  const char* file;
  int line;
  const char* name;
  const char* text;  // the source line, stripped (what traceback.format_list shows)
};

// The running Python frames, outermost first (at most DEBUG_STACK_DEPTH = 10 with the sites),
// then `sites` (outermost first): a list of (filename, lineno, name, line) tuples (line None for
// the program's frames: looked up when formatted). Null when
// `loop` is not a native loop in debug mode.
// `limit`: at most that many entries, 0 for all. A Handle's is format_helpers.extract_stack's
// DEBUG_STACK_DEPTH (10) less the frames of asyncio's code it counted that are deleted afterwards
// (call_soon and _call_soon; TimerHandle.__init__ and call_at); a Future's or Task's (the C
// accelerator's traceback.extract_stack()) has no limit.
Value capture_source_traceback(Runtime& rt, const Value& loop, const SourceSite* sites = nullptr, int nsites = 0,
                               int limit = 0);
constexpr int kHandleSourceTracebackLimit = 10 - 2;
// " created at FILE:LINE" for the last entry of a captured traceback ("" when there is none).
std::string source_traceback_repr(Runtime& rt, const Value& tb);
// The _source_traceback attribute: traceback.StackSummary.from_list(tb), or None.
Value source_traceback_value(Runtime& rt, const Value& tb);

struct AsyncioState;

// While alive (and `loop` is a native loop in debug mode): CPython is running `site` of its
// Python asyncio code, called from the program's innermost frame now.
struct StdFrameScope {
  AsyncioState* st = nullptr;
  StdFrameScope(Runtime& rt, const Value& loop, const SourceSite* site);
  ~StdFrameScope();
  StdFrameScope(const StdFrameScope&) = delete;
  StdFrameScope& operator=(const StdFrameScope&) = delete;
};
// The sites of the loop's layers: asyncio.run's `return runner.run(main)`, Runner.run's
// run_until_complete call, run_until_complete's run_forever call, run_forever's _run_once call,
// _run_once's handle._run() (debug branch), Handle._run's callback call.
extern const SourceSite kSiteAsyncioRun, kSiteRunnerRun, kSiteRunUntilComplete, kSiteRunForever, kSiteRunOnce,
    kSiteHandleRun;

// BaseEventLoop._current_handle, which CPython's _run_once sets only in debug mode: the handle
// running now (null: none), for default_exception_handler's 'handle_traceback'.
struct CurrentHandleScope {
  AsyncioState& st;
  Object* saved;
  CurrentHandleScope(Runtime& rt, Object* handle);
  ~CurrentHandleScope();
  CurrentHandleScope(const CurrentHandleScope&) = delete;
  CurrentHandleScope& operator=(const CurrentHandleScope&) = delete;
};
// The running handle's _source_traceback in a debug loop (null when there is none).
Value current_handle_source_traceback(Runtime& rt);

// The CPython sites a task being created in this scope has on top of the program's frames
// (asyncio.create_task's tasks.py:384, TaskGroup.create_task's taskgroups.py:161...): taken by
// the next Task made natively (take_task_sites).
struct TaskSiteScope {
  AsyncioState& st;
  const SourceSite* saved;
  int saved_n;
  TaskSiteScope(Runtime& rt, const SourceSite* sites, int n);
  ~TaskSiteScope();
  TaskSiteScope(const TaskSiteScope&) = delete;
  TaskSiteScope& operator=(const TaskSiteScope&) = delete;
};
const SourceSite* take_task_sites(Runtime& rt, int* n);

}  // namespace ls
