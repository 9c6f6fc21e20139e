// contextvars (the native `_contextvars`): ContextVar, Token, Context and copy_context(), as
// CPython 3.11's Python/context.c, and what asyncio needs of them.
//
// The run's contexts live in its Runtime (module_state "_contextvars"): the Context the code runs
// in now and the run's root one. Until the program uses contextvars (imports it, or asks a task or
// handle for its context) nothing is created and asyncio schedules without contexts, so programs
// that never use them pay nothing. Once active, asyncio follows CPython: a Task runs every step in
// the Context current when it was created (or its context=), a callback of call_soon/call_later/
// call_at/add_done_callback in the one current when it was scheduled (or its context=).
#pragma once

#include "object/runtime.hpp"

namespace ls {

Value make_contextvars_core_module(Runtime& rt);

// Has the program used contextvars in this run?
bool contextvars_active(Runtime& rt);
// copy_context(): a new Context with the current one's variables; null when not active.
Value context_copy_current(Runtime& rt);
// A new empty Context (activates contextvars).
Value context_new_empty(Runtime& rt);
// Is `v` a Context?
bool is_context(Runtime& rt, const Value& v);
// Context.run's enter and exit: false with CPython's RuntimeError ("cannot enter context: ... is
// already entered") when `ctx` is already entered.
bool context_enter(Runtime& rt, const Value& ctx);
void context_exit(Runtime& rt, const Value& ctx);
// Makes `ctx` (null: the run's root context) the current context and returns the one that was
// (green threads switch contexts with the thread; loop/green.cpp). Only when active.
Value context_swap_current(Runtime& rt, Value ctx);

}  // namespace ls
