// BaseException and its subclasses: one struct for all of them (user subclasses included).
#pragma once

#include <string>

#include "object/runtime.hpp"

namespace ls {

struct ExceptionObject : Object {
  Value args;          // tuple
  Value traceback;     // TracebackObject or null (None)
  Value context;       // __context__ or null
  Value cause;         // __cause__ or null
  bool suppress_context;
  Value notes;         // __notes__ list or null
  // Per-class fields: StopIteration.value, SystemExit.code, NameError/AttributeError .name,
  // AttributeError .obj, BaseExceptionGroup message/exceptions, OSError errno/strerror,
  // SyntaxError filename/lineno/offset/text/end_lineno/end_offset (extra[0..5] + msg in args).
  Value extra[6];
  // What CPython's frame of a Python-level asyncio function (a native here) would keep alive
  // from the traceback: its arguments, or a native coroutine's frame. Released with the
  // traceback (exception_keep_frame).
  Value frame_keep;
  bool arg_binding_error;  // raised while binding a call's arguments: no frame existed yet
  // Passed through a native standing for a CPython Python function (asyncio's coroutines and
  // functions): CPython's traceback lists that function's frame, which LoopScope leaves out, so
  // a traceback header is printed even when no frame of ours is listed.
  bool hidden_python_frames;
  // Traceback entries added since the exception was last caught (a handler took it, or native
  // code standing for CPython Python code that catches it, as Task.__step). CPython 3.11 adds a
  // frame passed through without a handler only to the thread state's pending traceback: it
  // reaches __traceback__ when something catches the exception. An uncaught SystemExit is never
  // caught again (PyErr_Print's handle_system_exit leaves __traceback__ alone), so these leading
  // entries are dropped from it at the top level (exception_drop_uncaught_traceback).
  int32_t tb_uncaught;
};

inline ExceptionObject* as_exc(const Value& v) { return static_cast<ExceptionObject*>(v.obj()); }
bool is_exception_instance(const Value& v);  // instance of BaseException (any subclass)
bool is_exception_type(const Value& v);      // a class deriving from BaseException

// Builds an exception instance of `type` with the given args (calls the class: runs __init__).
Value new_exception(Runtime& rt, TypeObject* type, std::initializer_list<Value> args);
Value new_exception_msg(Runtime& rt, TypeObject* type, std::string_view msg);
// StopIteration carrying a value (for generator returns).
Value new_stop_iteration(Runtime& rt, const Value& value);
// str(exc) and the "Type: message" line of a traceback.
Value exception_str(Runtime& rt, const Value& exc);
// Sets the __traceback__ entry chain: prepends a (frame, lasti, lineno) record.
// Prepends a traceback entry for `frame` at instruction `lasti` (line `lineno`).
// The exception was caught (see ExceptionObject::tb_uncaught).
inline void exception_mark_caught(const Value& exc) {
  if (is_exception_instance(exc)) as_exc(exc)->tb_uncaught = 0;
}
// Drops the traceback entries added since the exception was last caught.
void exception_drop_uncaught_traceback(const Value& exc);
void exception_add_traceback(Runtime& rt, const Value& exc, const Value& frame, int lineno, int lasti = -1);
// Keeps `v` alive as long as `exc` keeps its traceback, as CPython's traceback keeps the frame
// of a Python function it passed through (and so that frame's locals).
void exception_keep_frame(Runtime& rt, const Value& exc, Value v);

// A traceback entry: the frame an exception passed through and the line it was at.
struct TracebackObject : Object {
  Value next;   // TracebackObject (the next, inner, frame) or null
  Value frame;  // the frame object (lang/frame.hpp)
  int lineno;
  int lasti;
};

// Prints "Exception ignored in: <obj repr>" and the exception (pending in rt.exc, which is
// consumed) to stderr, like CPython's sys.unraisablehook.
void report_unraisable(Runtime& rt, std::string_view prefix, const Value& obj);

// ExceptionGroup.split(cond): leaves matching `cond` (a type, tuple of types or predicate) go to
// *match and the others to *rest, each a derived group (or null when empty).
bool exception_group_split(Runtime& rt, const Value& exc, const Value& cond, Value* match, Value* rest);

// BaseExceptionGroup(message, exceptions) created from C++ (TaskGroup).
Value new_exception_group(Runtime& rt, std::string_view message, const Value& exceptions_list);

void init_exception_types(Runtime& rt);

}  // namespace ls
