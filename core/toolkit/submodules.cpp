// asyncio's submodules as programs reach them: `import asyncio.exceptions`,
// `asyncio.queues.QueueEmpty`, `from asyncio.tasks import Task`... Each is a small module object
// holding the same objects as the asyncio module, registered in sys.modules as "asyncio.NAME"
// and set as an attribute of asyncio.
#include <string_view>
#include <utility>

#include "modules/registry.hpp"
#include "object/dict.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "toolkit/toolkit.hpp"

namespace ls {

struct Submodule {
  const char* name;
  std::initializer_list<const char*> names;
};

void add_asyncio_submodules(Runtime& rt, const Value& m) {
  static const Submodule kSubmodules[] = {
      {"exceptions",
       {"BrokenBarrierError", "CancelledError", "IncompleteReadError", "InvalidStateError", "LimitOverrunError",
        "SendfileNotAvailableError", "TimeoutError"}},
      {"events",
       {"AbstractEventLoop", "AbstractEventLoopPolicy", "Handle", "TimerHandle", "get_event_loop_policy",
        "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop", "get_running_loop",
        "_get_running_loop", "_get_event_loop", "_set_running_loop"}},
      {"base_events", {"BaseEventLoop", "Server"}},
      {"futures", {"Future", "isfuture", "wrap_future"}},
      {"tasks",
       {"Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
        "as_completed", "sleep", "gather", "shield", "ensure_future", "current_task", "all_tasks",
        "run_coroutine_threadsafe", "_register_task", "_unregister_task", "_enter_task", "_leave_task"}},
      {"coroutines", {"iscoroutinefunction", "iscoroutine"}},
      {"runners", {"Runner", "run"}},
      {"queues", {"Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"}},
      {"locks", {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"}},
      {"timeouts", {"Timeout", "timeout", "timeout_at"}},
      {"taskgroups", {"TaskGroup"}},
      {"threads", {"to_thread"}},
      {"streams", {"StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection", "start_server"}},
      {"protocols", {"BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol"}},
      {"transports",
       {"BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport", "SubprocessTransport"}},
  };
  // A function's __module__ is the submodule that defines it in CPython, except for these: the C
  // accelerator's replacements (_asyncio) and isfuture, which futures imports from base_futures.
  static const std::pair<const char*, const char*> kDefinedElsewhere[] = {
      {"get_event_loop", "_asyncio"},   {"get_running_loop", "_asyncio"}, {"_get_running_loop", "_asyncio"},
      {"_get_event_loop", "_asyncio"},  {"_set_running_loop", "_asyncio"}, {"_register_task", "_asyncio"},
      {"_unregister_task", "_asyncio"}, {"_enter_task", "_asyncio"},       {"_leave_task", "_asyncio"},
      {"isfuture", "asyncio.base_futures"},
  };
  DictObject* src = as_dict(as_module(m)->dict);
  for (const Submodule& sm : kSubmodules) {
    std::string full = std::string("asyncio.") + sm.name;
    Value sub = make_module(rt, full);
    for (const char* n : sm.names) {
      Value v = dict_get_str(src, rt.intern(n));
      if (!v) continue;
      module_add(rt, sub, n, v);
      if (v.is_obj() && v.obj()->type == rt.t.builtin_function) {
        auto* f = static_cast<BuiltinFunctionObject*>(v.obj());
        const char* defined_in = nullptr;
        for (const auto& [name, mod] : kDefinedElsewhere) {
          if (std::string_view(name) == n) defined_in = mod;
        }
        f->module_name = make_str(rt, defined_in ? std::string(defined_in) : full);
      }
    }
    register_module(rt, full, sub);
    module_add(rt, m, sm.name, sub);
    // coroutines._is_coroutine: the marker iscoroutinefunction() compares by identity (an
    // object() in CPython's asyncio/coroutines.py; unittest.mock's AsyncMock sets it).
    if (std::string_view(sm.name) == "coroutines") module_add(rt, sub, "_is_coroutine", call(rt, Value::borrow(rt.t.object), {}));
  }
}

}  // namespace ls
