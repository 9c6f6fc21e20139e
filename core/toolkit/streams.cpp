// asyncio streams and servers on an in-memory network: asyncio.start_server / open_connection,
// StreamReader, StreamWriter, StreamReaderProtocol, Server, loop.create_server /
// create_connection, the socket transport (selector_events._SelectorSocketTransport) and the
// protocol/transport base classes. CPython 3.11's behaviour (streams.py, base_events.py,
// selector_events.py), written in C++.
//
// The network (VNet) belongs to the run (Runtime::module_state): no real sockets exist in a
// browser. Sockets get file descriptors from 6 up (lowest free: CPython's loop holds 3-5 for its
// epoll and self-pipe); a listening socket registers (host, port); connect() to an address
// nobody listens on fails with ECONNREFUSED as on localhost. Data sent is in the peer's receive
// buffer at once and the peer's selector reports it at its next iteration (the loop's "select"
// asks vnet_poll, which queues reader/writer callbacks in the order the sockets became ready, as
// epoll's ready list does). Client sockets and servers bound to port 0 get ports 50000, 50001...
// in the order they are asked for (the OS picks ephemeral ports: programs printing them are
// machine-dependent in CPython anyway).
#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "loop/asyncio.hpp"
#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/exception.hpp"
#include "object/gc.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/native.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "toolkit/toolkit.hpp"
#include "toolkit/util.hpp"

namespace ls {

// ---------------------------------------------------------------------------------------------
// The virtual network

struct VSock {
  int fd = -1;
  uint64_t sid = 0;
  int family = 2;  // AF_INET / AF_INET6 (10)
  bool bound = false, listening = false, connected = false;
  bool reset = false;      // a reset came back from a closed peer
  bool peer_shut = false;  // the peer shut its writing side or closed: reads give b'' after the data
  int so_error = 0;
  std::string lhost, rhost;
  int64_t lport = 0, rport = 0;
  int peer = -1;
  uint64_t peer_sid = 0;
  std::string rbuf;
  std::deque<int> backlog;  // accepted-to-be sockets of a listening socket
  Value loop, reader, writer;
};

struct VNet {
  std::map<int, VSock> socks;
  std::vector<int> ready;  // fds in the order they became ready (epoll's ready list)
  uint64_t next_sid = 1;
  int64_t next_port = 50000;
};

static VNet& vnet(Runtime& rt) {
  auto it = rt.module_state.find("asyncio.vnet");
  if (it != rt.module_state.end()) return *static_cast<VNet*>(it->second.get());
  auto n = std::make_shared<VNet>();
  rt.module_state["asyncio.vnet"] = n;
  return *n;
}

static VSock* vsock(Runtime& rt, int fd, uint64_t sid = 0) {
  VNet& n = vnet(rt);
  auto it = n.socks.find(fd);
  if (it == n.socks.end()) return nullptr;
  if (sid && it->second.sid != sid) return nullptr;
  return &it->second;
}

static int vsock_new(Runtime& rt, int family) {
  VNet& n = vnet(rt);
  int fd = 6;
  while (n.socks.count(fd)) ++fd;
  VSock& s = n.socks[fd];
  s.fd = fd;
  s.sid = n.next_sid++;
  s.family = family;
  return fd;
}

static bool vsock_readable(const VSock& s) {
  if (s.listening) return !s.backlog.empty();
  return !s.rbuf.empty() || s.peer_shut || s.so_error;
}
static bool vsock_writable(const VSock& s) { return !s.listening && (s.connected || s.so_error); }

static void mark_ready(VNet& n, int fd) {
  for (int f : n.ready)
    if (f == fd) return;
  n.ready.push_back(fd);
}

static void vsock_close(Runtime& rt, int fd) {
  VNet& n = vnet(rt);
  auto it = n.socks.find(fd);
  if (it == n.socks.end()) return;
  VSock& s = it->second;
  if (s.peer >= 0) {
    if (VSock* p = vsock(rt, s.peer, s.peer_sid)) {
      p->peer_shut = true;
      mark_ready(n, p->fd);
    }
  }
  std::deque<int> pending = std::move(s.backlog);
  if (s.reader) handle_cancel(rt, as_handle(s.reader));
  if (s.writer) handle_cancel(rt, as_handle(s.writer));
  n.socks.erase(it);
  for (size_t i = 0; i < n.ready.size(); ++i) {
    if (n.ready[i] == fd) {
      n.ready.erase(n.ready.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  for (int p : pending) vsock_close(rt, p);
}

static bool is_wildcard(const std::string& h) { return h == "0.0.0.0" || h == "::" || h.empty(); }

// bind(): false with errno 98 when another socket of the family has the port on that address.
static int vsock_bind(Runtime& rt, int fd, const std::string& host, int64_t port) {
  VNet& n = vnet(rt);
  VSock* s = vsock(rt, fd);
  if (port != 0) {
    for (auto& [f, o] : n.socks) {
      if (f == fd || !o.bound || o.family != s->family || o.lport != port) continue;
      if (o.lhost == host || is_wildcard(o.lhost) || is_wildcard(host)) return 98;
    }
  } else {
    port = n.next_port++;
  }
  s->bound = true;
  s->lhost = host;
  s->lport = port;
  return 0;
}

// A non-blocking connect(): completes (or fails with ECONNREFUSED) before the next select.
static void vsock_connect(Runtime& rt, int fd, const std::string& host, int64_t port) {
  VNet& n = vnet(rt);
  int lfd = -1;
  for (auto& [f, o] : n.socks) {
    VSock* c = vsock(rt, fd);
    if (!o.listening || o.family != c->family || o.lport != port) continue;
    if (o.lhost == host || is_wildcard(o.lhost)) {
      lfd = f;
      break;
    }
  }
  VSock* c = vsock(rt, fd);
  if (lfd < 0) {
    c->so_error = 111;
    return;
  }
  int sfd = vsock_new(rt, c->family);
  c = vsock(rt, fd);
  VSock* sv = vsock(rt, sfd);
  VSock* l = vsock(rt, lfd);
  if (!c->bound) {
    c->bound = true;
    c->lhost = host;
    c->lport = n.next_port++;
  }
  c->rhost = host;
  c->rport = port;
  c->connected = true;
  sv->lhost = host;
  sv->lport = port;
  sv->rhost = c->lhost;
  sv->rport = c->lport;
  sv->bound = sv->connected = true;
  c->peer = sfd;
  c->peer_sid = sv->sid;
  sv->peer = fd;
  sv->peer_sid = c->sid;
  l->backlog.push_back(sfd);
  mark_ready(n, lfd);
}

// send(): 0, or the errno. Sending to a peer that closed its socket succeeds once (the data is
// lost and the peer answers with a reset); after that send() fails with EPIPE.
static int vsock_send(Runtime& rt, int fd, std::string_view data) {
  VSock* s = vsock(rt, fd);
  if (!s || s->peer < 0) return 0;
  VSock* p = vsock(rt, s->peer, s->peer_sid);
  if (!p) {
    if (s->reset) return 32;
    s->reset = true;
    return 0;
  }
  p->rbuf.append(data);
  mark_ready(vnet(rt), p->fd);
  return 0;
}

static void vsock_shutdown_wr(Runtime& rt, int fd) {
  VSock* s = vsock(rt, fd);
  if (!s || s->peer < 0) return;
  VSock* p = vsock(rt, s->peer, s->peer_sid);
  if (!p) return;
  p->peer_shut = true;
  mark_ready(vnet(rt), p->fd);
}

// selector registration (BaseSelectorEventLoop._add_reader / _remove_reader / ...)
static bool sel_add(Runtime& rt, const Value& loop, int fd, bool reader, const Value& handle) {
  VSock* s = vsock(rt, fd);
  if (!s) return false;
  Value& slot = reader ? s->reader : s->writer;
  if (slot) handle_cancel(rt, as_handle(slot));
  slot = handle;
  s->loop = loop;
  if (reader ? vsock_readable(*s) : vsock_writable(*s)) mark_ready(vnet(rt), fd);
  return true;
}
static bool sel_remove(Runtime& rt, int fd, bool reader) {
  VSock* s = vsock(rt, fd);
  if (!s) return false;
  Value& slot = reader ? s->reader : s->writer;
  if (!slot) return false;
  handle_cancel(rt, as_handle(slot));
  slot.reset();
  return true;
}
static bool sel_polling(Runtime& rt, int fd, bool reader) {
  VSock* s = vsock(rt, fd);
  return s && (reader ? s->reader : s->writer);
}

static Value add_handler(Runtime& rt, const Value& loop, int fd, bool reader, NativeFn fn, const char* name,
                         const Value& self, Value args) {
  Value h = new_handle(rt, self, std::move(args), loop, Value());
  if (!h) return nullptr;
  as_handle(h)->native = NativeCallback{fn, name, nullptr};
  sel_add(rt, loop, fd, reader, h);
  return h;
}

bool vnet_io_ready(Runtime& rt, const Value& loop) {
  auto it = rt.module_state.find("asyncio.vnet");
  if (it == rt.module_state.end()) return false;
  VNet& n = *static_cast<VNet*>(it->second.get());
  for (int fd : n.ready) {
    VSock* s = vsock(rt, fd);
    if (!s || !s->loop.is(loop)) continue;
    if ((s->reader && vsock_readable(*s)) || (s->writer && vsock_writable(*s))) return true;
  }
  return false;
}

void vnet_poll(Runtime& rt, const Value& loopv) {
  auto it = rt.module_state.find("asyncio.vnet");
  if (it == rt.module_state.end()) return;
  VNet& n = *static_cast<VNet*>(it->second.get());
  LoopObject* loop = as_loop(loopv);
  AsyncioState& st = asyncio_state(rt);
  std::vector<int> keep;
  std::vector<int> snapshot = n.ready;
  for (int fd : snapshot) {
    VSock* s = vsock(rt, fd);
    if (!s) continue;
    bool r = s->reader && vsock_readable(*s);
    bool w = s->writer && vsock_writable(*s);
    if (!s->loop.is(loopv)) {
      if (vsock_readable(*s) || vsock_writable(*s)) keep.push_back(fd);
      continue;
    }
    if (!r && !w) continue;
    keep.push_back(fd);
    for (Value* h : {r ? &s->reader : nullptr, w ? &s->writer : nullptr}) {
      if (!h) continue;
      loop->ready->push_back(*h);
      if (st.trace) st.trace->callback_scheduled(as_handle(*h));
    }
  }
  n.ready = keep;
}

// ---------------------------------------------------------------------------------------------
// Types

struct StreamTypes {
  TypeObject* trsock = nullptr;
  TypeObject* base_protocol = nullptr;
  TypeObject* protocol = nullptr;
  TypeObject* buffered_protocol = nullptr;
  TypeObject* datagram_protocol = nullptr;
  TypeObject* subprocess_protocol = nullptr;
  TypeObject* base_transport = nullptr;
  TypeObject* read_transport = nullptr;
  TypeObject* write_transport = nullptr;
  TypeObject* transport = nullptr;
  TypeObject* socket_transport = nullptr;
  TypeObject* reader = nullptr;
  TypeObject* reader_protocol = nullptr;
  TypeObject* writer = nullptr;
  TypeObject* server = nullptr;
  TypeObject* gaierror = nullptr;  // socket.gaierror (LoopScope has no socket module)
};
static StreamTypes& stream_types(Runtime& rt);

struct TrSockObject : Object {
  int fd;
  uint64_t sid;
  int family;
};

struct TransportObject : Object {
  Value extra;  // dict (BaseTransport._extra)
  Value loop, protocol, server, empty_waiter;
  int fd;
  uint64_t sid;
  int64_t conn_lost;
  bool closing, eof, paused, protocol_connected, sock_closed;
};

struct ReaderObject : Object {
  Value loop, waiter, exception, transport;
  std::string* buf;
  int64_t limit;
  bool eof, paused;
};

struct SRProtocolObject : Object {
  Value loop, reader, cb, writer, task, transport, closed;
  std::deque<Value>* drain_waiters;
  bool paused, connection_lost;
};

struct WriterObject : Object {
  Value transport, protocol, reader, loop, complete_fut;
};

struct ServerObject : Object {
  Value loop, factory, serving_forever_fut;
  std::vector<std::pair<int, uint64_t>>* socks;  // null: closed (self._sockets is None)
  std::vector<Value>* waiters;                    // null: woken up (self._waiters is None)
  int64_t active, backlog;
  bool serving;
};

static TransportObject* TR(const Value& v) { return static_cast<TransportObject*>(v.obj()); }
static ReaderObject* RD(const Value& v) { return static_cast<ReaderObject*>(v.obj()); }
static SRProtocolObject* SP(const Value& v) { return static_cast<SRProtocolObject*>(v.obj()); }
static WriterObject* WR(const Value& v) { return static_cast<WriterObject*>(v.obj()); }
static ServerObject* SV(const Value& v) { return static_cast<ServerObject*>(v.obj()); }

static constexpr int64_t kDefaultLimit = 1 << 16;

static Value addr_tuple(Runtime& rt, int family, const std::string& host, int64_t port) {
  if (family == 10) return make_tuple(rt, {make_str(rt, host), make_int(rt, port), make_int(rt, 0), make_int(rt, 0)});
  return make_tuple(rt, {make_str(rt, host), make_int(rt, port)});
}

static std::string repr_of(Runtime& rt, const Value& v, bool* ok) {
  std::string s;
  if (!repr_string(rt, v, &s)) *ok = false;
  return s;
}

static Value os_error(Runtime& rt, int err, const std::string& msg) {
  return call(rt, Value::borrow(rt.t.OSError), {make_int(rt, err), make_str(rt, msg)});
}

// --- TransportSocket ---------------------------------------------------------------------------

static Value new_trsock(Runtime& rt, int fd) {
  VSock* s = vsock(rt, fd);
  auto* t = alloc<TrSockObject>(rt, stream_types(rt).trsock);
  t->fd = fd;
  t->sid = s ? s->sid : 0;
  t->family = s ? s->family : 2;
  return Value::steal(t);
}
static TrSockObject* TS(const Value& v) { return static_cast<TrSockObject*>(v.obj()); }
static VSock* ts_sock(Runtime& rt, const Value& self) { return vsock(rt, TS(self)->fd, TS(self)->sid); }

static Value ts_fileno(Runtime& rt, const Value& self, CallArgs) {
  return make_int(rt, ts_sock(rt, self) ? TS(self)->fd : -1);
}
static Value bad_fd(Runtime& rt) { return call(rt, Value::borrow(rt.t.OSError), {make_int(rt, 9), make_str(rt, "Bad file descriptor")}); }
static Value ts_getsockname(Runtime& rt, const Value& self, CallArgs) {
  VSock* s = ts_sock(rt, self);
  if (!s) return rt.raise_value(bad_fd(rt));
  return addr_tuple(rt, s->family, s->bound ? s->lhost : (s->family == 10 ? "::" : "0.0.0.0"), s->lport);
}
static Value ts_getpeername(Runtime& rt, const Value& self, CallArgs) {
  VSock* s = ts_sock(rt, self);
  if (!s) return rt.raise_value(bad_fd(rt));
  if (!s->connected) {
    return rt.raise_value(call(rt, Value::borrow(rt.t.OSError), {make_int(rt, 107), make_str(rt, "Transport endpoint is not connected")}));
  }
  return addr_tuple(rt, s->family, s->rhost, s->rport);
}
static Value ts_repr(Runtime& rt, const Value& self) {
  VSock* s = ts_sock(rt, self);
  std::string out = "<asyncio.TransportSocket fd=" + std::to_string(s ? TS(self)->fd : -1) +
                    ", family=" + std::to_string(TS(self)->family) + ", type=1, proto=6";
  bool ok = true;
  if (s) {
    Value la = ts_getsockname(rt, self, CallArgs{});
    if (la) out += ", laddr=" + repr_of(rt, la, &ok);
    rt.clear_error();
    if (s->connected) {
      Value ra = ts_getpeername(rt, self, CallArgs{});
      if (ra) out += ", raddr=" + repr_of(rt, ra, &ok);
    }
  }
  if (!ok) return nullptr;
  return make_str(rt, out + ">");
}
static Value ts_family(Runtime& rt, const Value& self) { return make_int(rt, TS(self)->family); }
static Value ts_type(Runtime& rt, const Value&) { return make_int(rt, 1); }
static Value ts_proto(Runtime& rt, const Value&) { return make_int(rt, 6); }
static const MethodDef kTrSockMethods[] = {
    {"fileno", ts_fileno}, {"getsockname", ts_getsockname}, {"getpeername", ts_getpeername}, {nullptr, nullptr}};
static const GetSetDef kTrSockGetSets[] = {
    {"family", ts_family}, {"type", ts_type}, {"proto", ts_proto}, {nullptr, nullptr}};

// --- protocols (asyncio.protocols) -------------------------------------------------------------

static Value noop_method(Runtime& rt, const Value&, CallArgs) { return rt.None(); }
static const MethodDef kBaseProtocolMethods[] = {{"connection_made", noop_method},
                                                 {"connection_lost", noop_method},
                                                 {"pause_writing", noop_method},
                                                 {"resume_writing", noop_method},
                                                 {nullptr, nullptr}};
static const MethodDef kProtocolMethods[] = {
    {"data_received", noop_method}, {"eof_received", noop_method}, {nullptr, nullptr}};
static const MethodDef kBufferedProtocolMethods[] = {
    {"get_buffer", noop_method}, {"buffer_updated", noop_method}, {"eof_received", noop_method}, {nullptr, nullptr}};
static const MethodDef kDatagramProtocolMethods[] = {
    {"datagram_received", noop_method}, {"error_received", noop_method}, {nullptr, nullptr}};
static const MethodDef kSubprocessProtocolMethods[] = {{"pipe_data_received", noop_method},
                                                       {"pipe_connection_lost", noop_method},
                                                       {"process_exited", noop_method},
                                                       {nullptr, nullptr}};

// --- transports (asyncio.transports) -----------------------------------------------------------

static Value not_implemented(Runtime& rt, const Value&, CallArgs) { return rt.raise_value(Value::borrow(rt.t.NotImplementedError)); }

static bool bt_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "BaseTransport.__init__", {"extra"}, 1, 0, args)) return false;
  Value extra = args[0] && !rt.is_none(args[0]) ? args[0] : new_dict(rt).value();
  TR(self)->extra = extra;
  return true;
}
static Value bt_get_extra_info(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "BaseTransport.get_extra_info", {"name", "default"}, 2, 1, args)) return nullptr;
  Value def = args[1] ? args[1] : rt.None();
  Value extra = TR(self)->extra;
  if (!extra) return def;
  return call_method(rt, extra, rt.intern("get"), {args[0], def});
}
static Value bt_writelines(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "WriteTransport.writelines", {"list_of_data"}, 1, 1, args)) return nullptr;
  Value data = call_method(rt, make_bytes(rt, ""), rt.intern("join"), {args[0]});
  if (!data) return nullptr;
  return call_method(rt, self, rt.intern("write"), {data});
}
static Value bt_extra_get(Runtime& rt, const Value& self) { return TR(self)->extra ? TR(self)->extra : rt.None(); }
static bool bt_extra_set(Runtime&, const Value& self, const Value& v) {
  TR(self)->extra = v;
  return true;
}
static const MethodDef kBaseTransportMethods[] = {{"get_extra_info", bt_get_extra_info},
                                                  {"is_closing", not_implemented},
                                                  {"close", not_implemented},
                                                  {"set_protocol", not_implemented},
                                                  {"get_protocol", not_implemented},
                                                  {nullptr, nullptr}};
static const MethodDef kReadTransportMethods[] = {{"is_reading", not_implemented},
                                                  {"pause_reading", not_implemented},
                                                  {"resume_reading", not_implemented},
                                                  {nullptr, nullptr}};
static const MethodDef kWriteTransportMethods[] = {{"set_write_buffer_limits", not_implemented},
                                                   {"get_write_buffer_size", not_implemented},
                                                   {"get_write_buffer_limits", not_implemented},
                                                   {"write", not_implemented},
                                                   {"writelines", bt_writelines},
                                                   {"write_eof", not_implemented},
                                                   {"can_write_eof", not_implemented},
                                                   {"abort", not_implemented},
                                                   {nullptr, nullptr}};
static const GetSetDef kBaseTransportGetSets[] = {{"_extra", bt_extra_get, bt_extra_set}, {nullptr, nullptr}};

// --- _SelectorSocketTransport ------------------------------------------------------------------

static Value tr_read_ready(Runtime& rt, const Value& self, CallArgs);
static Value tr_add_reader(Runtime& rt, const Value& self, CallArgs);
static Value tr_call_connection_lost(Runtime& rt, const Value& self, CallArgs a);
static void server_attach(const Value& server) { SV(server)->active += 1; }
static bool server_detach(Runtime& rt, const Value& server);

static Value schedule(Runtime& rt, const Value& loop, NativeFn fn, const char* name, const Value& self, Value args) {
  return loop_call_soon_native(rt, loop, NativeCallback{fn, name, nullptr}, self, std::move(args), Value());
}

// _SelectorSocketTransport(loop, sock, protocol, waiter, extra, server)
static Value make_transport(Runtime& rt, const Value& loop, int fd, const Value& protocol, const Value& waiter,
                            const Value& extra, const Value& server) {
  StreamTypes& t = stream_types(rt);
  auto* tr = alloc<TransportObject>(rt, t.socket_transport);
  Value self = Value::steal(tr);
  gc_track(rt, tr);
  tr->extra = extra ? extra : new_dict(rt).value();
  tr->loop = loop;
  tr->fd = fd;
  tr->sid = vsock(rt, fd)->sid;
  DictObject* d = as_dict(tr->extra);
  Value ts = new_trsock(rt, fd);
  dict_set_str(rt, d, rt.intern("socket"), ts);
  Value sn = ts_getsockname(rt, ts, CallArgs{});
  dict_set_str(rt, d, rt.intern("sockname"), sn);
  if (!dict_get_str(d, rt.intern("peername"))) {
    Value pn = ts_getpeername(rt, ts, CallArgs{});
    if (!pn) {
      rt.clear_error();
      pn = rt.None();
    }
    dict_set_str(rt, d, rt.intern("peername"), pn);
  }
  tr->protocol = protocol;
  tr->protocol_connected = true;
  tr->server = server;
  if (server) server_attach(server);
  Value cm = getattr(rt, protocol, "connection_made");
  if (!cm) return nullptr;
  if (!loop_call_soon(rt, loop, cm, make_tuple(rt, {self}), Value())) return nullptr;
  if (!schedule(rt, loop, tr_add_reader, "_SelectorTransport._add_reader", self, Value())) return nullptr;
  if (waiter && !loop_call_soon(rt, loop, set_result_unless_cancelled_fn(rt), make_tuple(rt, {waiter, rt.None()}),
                                Value())) {
    return nullptr;
  }
  return self;
}

static Value tr_add_reader(Runtime& rt, const Value& self, CallArgs) {
  TransportObject* t = TR(self);
  if (t->closing || t->paused || !t->loop) return rt.None();
  add_handler(rt, t->loop, t->fd, true, tr_read_ready, "_SelectorSocketTransport._read_ready", self, Value());
  return rt.None();
}

static bool tr_force_close(Runtime& rt, const Value& self, const Value& exc) {
  TransportObject* t = TR(self);
  if (t->conn_lost) return true;
  if (!t->closing) {
    t->closing = true;
    sel_remove(rt, t->fd, true);
  }
  t->conn_lost += 1;
  return static_cast<bool>(
      schedule(rt, t->loop, tr_call_connection_lost, "_SelectorTransport._call_connection_lost", self,
               make_tuple(rt, {exc ? exc : rt.None()})));
}

static bool tr_fatal_error(Runtime& rt, const Value& self, const Value& exc, const char* message) {
  TransportObject* t = TR(self);
  if (!isinstance(rt, exc, rt.t.OSError)) {
    Ref<DictObject> ctx = new_dict(rt);
    dict_set_str(rt, ctx.get(), rt.intern("message"), make_str(rt, message));
    dict_set_str(rt, ctx.get(), rt.intern("exception"), exc);
    dict_set_str(rt, ctx.get(), rt.intern("transport"), self);
    dict_set_str(rt, ctx.get(), rt.intern("protocol"), t->protocol ? t->protocol : rt.None());
    loop_call_exception_handler(rt, t->loop, std::move(ctx).value());
    if (rt.has_error()) return false;
  }
  return tr_force_close(rt, self, exc);
}

static bool is_fatal_passthrough(Runtime& rt, const Value& e) {
  return isinstance(rt, e, rt.t.SystemExit) || isinstance(rt, e, rt.t.KeyboardInterrupt);
}

static Value tr_read_ready(Runtime& rt, const Value& self, CallArgs) {
  TransportObject* t = TR(self);
  if (t->conn_lost) return rt.None();
  VSock* s = vsock(rt, t->fd, t->sid);
  if (!s) return rt.None();
  if (s->rbuf.empty() && !s->peer_shut) return rt.None();  // BlockingIOError
  size_t n = std::min<size_t>(s->rbuf.size(), 256 * 1024);
  Value protocol = t->protocol;
  if (isinstance(rt, protocol, stream_types(rt).buffered_protocol)) {  // _read_ready__get_buffer
    Value buf = call_method(rt, protocol, rt.intern("get_buffer"), {make_int(rt, -1)});
    int64_t blen = 0;
    if (buf) {
      Value l = call_method(rt, buf, rt.intern("__len__"), {});
      if (l && index_int64(rt, l, &blen) && blen == 0) rt.raise(rt.t.RuntimeError, "get_buffer() returned an empty buffer");
    }
    if (rt.has_error()) {
      Value e = rt.take_error();
      if (is_fatal_passthrough(rt, e)) return rt.raise_value(e);
      if (!tr_fatal_error(rt, self, e, "Fatal error: protocol.get_buffer() call failed.")) return nullptr;
      return rt.None();
    }
    s = vsock(rt, t->fd, t->sid);
    size_t k = s ? std::min<size_t>(s->rbuf.size(), static_cast<size_t>(blen)) : 0;
    if (k) {
      std::string chunk = s->rbuf.substr(0, k);
      s->rbuf.erase(0, k);
      Value sl = make_slice(rt, make_int(rt, 0), make_int(rt, static_cast<int64_t>(k)), rt.None());
      if (!call_method(rt, buf, rt.intern("__setitem__"), {sl, make_bytes(rt, chunk)})) return nullptr;
      if (!call_method(rt, protocol, rt.intern("buffer_updated"), {make_int(rt, static_cast<int64_t>(k))})) {
        Value e = rt.take_error();
        if (is_fatal_passthrough(rt, e)) return rt.raise_value(e);
        if (!tr_fatal_error(rt, self, e, "Fatal error: protocol.buffer_updated() call failed.")) return nullptr;
      }
      return rt.None();
    }
    n = 0;  // EOF
  }
  std::string data = s->rbuf.substr(0, n);
  s->rbuf.erase(0, n);
  if (data.empty()) {  // _read_ready__on_eof
    Value keep = call_method(rt, protocol, rt.intern("eof_received"), {});
    if (!keep) {
      Value e = rt.take_error();
      if (is_fatal_passthrough(rt, e)) return rt.raise_value(e);
      if (!tr_fatal_error(rt, self, e, "Fatal error: protocol.eof_received() call failed.")) return nullptr;
      return rt.None();
    }
    int k = truthy(rt, keep);
    if (k < 0) return nullptr;
    if (k) {
      sel_remove(rt, t->fd, true);
    } else if (!call_method(rt, self, rt.intern("close"), {})) {
      return nullptr;
    }
    return rt.None();
  }
  if (!call_method(rt, protocol, rt.intern("data_received"), {make_bytes(rt, data)})) {
    Value e = rt.take_error();
    if (is_fatal_passthrough(rt, e)) return rt.raise_value(e);
    if (!tr_fatal_error(rt, self, e, "Fatal error: protocol.data_received() call failed.")) return nullptr;
  }
  return rt.None();
}

static Value tr_call_connection_lost(Runtime& rt, const Value& self, CallArgs a) {
  TransportObject* t = TR(self);
  Value exc = a.nargs ? a[0] : rt.None();
  Value r = rt.None();
  if (t->protocol_connected && t->protocol) r = call_method(rt, t->protocol, rt.intern("connection_lost"), {exc});
  Value err = r ? Value() : rt.take_error();
  vsock_close(rt, t->fd);
  t->sock_closed = true;
  t->protocol.reset();
  t->loop.reset();
  Value server = t->server;
  if (server) {
    t->server.reset();
    if (!server_detach(rt, server) && !err) err = rt.take_error();
  }
  if (t->empty_waiter) {
    Value e = call(rt, Value::borrow(rt.t.ConnectionError), {make_str(rt, "Connection is closed by peer")});
    if (e) future_set_exception(rt, as_future(t->empty_waiter), e);
  }
  if (err) return rt.raise_value(err);
  return rt.None();
}

static bool check_no_args(Runtime& rt, CallArgs a, const char* fname) { return bind_args(rt, a, fname, {}, 0, 0, nullptr); }

static Value tr_write(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "_SelectorSocketTransport.write", {"data"}, 1, 1, args)) return nullptr;
  TransportObject* t = TR(self);
  std::string_view data;
  if (!bytes_like_view(rt, args[0], &data)) {
    return rt.raise(rt.t.TypeError, "data argument must be a bytes-like object, not '" + type_name(rt, args[0]) + "'");
  }
  if (t->eof) return rt.raise(rt.t.RuntimeError, "Cannot call write() after write_eof()");
  if (data.empty()) return rt.None();
  if (t->conn_lost) {
    t->conn_lost += 1;
    return rt.None();
  }
  if (int err = vsock_send(rt, t->fd, data)) {
    Value e = os_error(rt, err, "Broken pipe");
    if (!e || !tr_fatal_error(rt, self, e, "Fatal write error on socket transport")) return nullptr;
  }
  return rt.None();
}
static Value tr_writelines(Runtime& rt, const Value& self, CallArgs a) { return bt_writelines(rt, self, a); }
static Value tr_write_eof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "_SelectorSocketTransport.write_eof")) return nullptr;
  TransportObject* t = TR(self);
  if (t->closing || t->eof) return rt.None();
  t->eof = true;
  vsock_shutdown_wr(rt, t->fd);
  return rt.None();
}
static Value tr_can_write_eof(Runtime& rt, const Value&, CallArgs) { return rt.True(); }
static Value tr_close(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "_SelectorTransport.close")) return nullptr;
  TransportObject* t = TR(self);
  if (t->closing) return rt.None();
  t->closing = true;
  sel_remove(rt, t->fd, true);
  t->conn_lost += 1;
  sel_remove(rt, t->fd, false);
  if (!schedule(rt, t->loop, tr_call_connection_lost, "_SelectorTransport._call_connection_lost", self,
                make_tuple(rt, {rt.None()}))) {
    return nullptr;
  }
  return rt.None();
}
static Value tr_abort(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "_SelectorTransport.abort")) return nullptr;
  if (!tr_force_close(rt, self, Value())) return nullptr;
  return rt.None();
}
static Value tr_is_closing(Runtime& rt, const Value& self, CallArgs) { return rt.Bool(TR(self)->closing); }
static Value tr_is_reading(Runtime& rt, const Value& self, CallArgs) {
  return rt.Bool(!TR(self)->paused && !TR(self)->closing);
}
static Value tr_pause_reading(Runtime& rt, const Value& self, CallArgs) {
  TransportObject* t = TR(self);
  if (t->closing || t->paused) return rt.None();
  t->paused = true;
  sel_remove(rt, t->fd, true);
  return rt.None();
}
static Value tr_resume_reading(Runtime& rt, const Value& self, CallArgs) {
  TransportObject* t = TR(self);
  if (t->closing || !t->paused) return rt.None();
  t->paused = false;
  return tr_add_reader(rt, self, CallArgs{});
}
static Value tr_get_write_buffer_size(Runtime& rt, const Value&, CallArgs) { return make_int(rt, 0); }
static Value tr_get_write_buffer_limits(Runtime& rt, const Value&, CallArgs) {
  return make_tuple(rt, {make_int(rt, 16384), make_int(rt, 65536)});
}
static Value tr_set_write_buffer_limits(Runtime& rt, const Value&, CallArgs) { return rt.None(); }
static Value tr_set_protocol(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "_SelectorSocketTransport.set_protocol", {"protocol"}, 1, 1, args)) return nullptr;
  TR(self)->protocol = args[0];
  TR(self)->protocol_connected = true;
  return rt.None();
}
static Value tr_get_protocol(Runtime& rt, const Value& self, CallArgs) {
  return TR(self)->protocol ? TR(self)->protocol : rt.None();
}
static Value tr_repr(Runtime& rt, const Value& self) {
  TransportObject* t = TR(self);
  std::string out = "<" + type_name(rt, self);
  if (t->sock_closed) out += " closed";
  else if (t->closing) out += " closing";
  out += " fd=" + std::to_string(t->fd);
  if (t->loop && !as_loop(t->loop)->closed) {
    out += sel_polling(rt, t->fd, true) ? " read=polling" : " read=idle";
    out += sel_polling(rt, t->fd, false) ? " write=<polling, bufsize=0>" : " write=<idle, bufsize=0>";
  }
  return make_str(rt, out + ">");
}
static const MethodDef kSocketTransportMethods[] = {
    {"write", tr_write},
    {"writelines", tr_writelines},
    {"write_eof", tr_write_eof},
    {"can_write_eof", tr_can_write_eof},
    {"close", tr_close},
    {"abort", tr_abort},
    {"is_closing", tr_is_closing},
    {"is_reading", tr_is_reading},
    {"pause_reading", tr_pause_reading},
    {"resume_reading", tr_resume_reading},
    {"get_write_buffer_size", tr_get_write_buffer_size},
    {"get_write_buffer_limits", tr_get_write_buffer_limits},
    {"set_write_buffer_limits", tr_set_write_buffer_limits},
    {"set_protocol", tr_set_protocol},
    {"get_protocol", tr_get_protocol},
    {nullptr, nullptr}};

// --- StreamReader ------------------------------------------------------------------------------

static std::string& rbuf(ReaderObject* r) {
  if (!r->buf) r->buf = new std::string();
  return *r->buf;
}

static bool reader_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "StreamReader.__init__", {"limit", "loop"}, 2, 0, args)) return false;
  ReaderObject* r = RD(self);
  int64_t limit = kDefaultLimit;
  if (args[0]) {
    Value le = rich_compare(rt, args[0], make_int(rt, 0), CmpOp::Le);
    if (!le) return false;
    int t = truthy(rt, le);
    if (t < 0) return false;
    if (t) {
      rt.raise(rt.t.ValueError, "Limit cannot be <= 0");
      return false;
    }
    if (!index_int64(rt, args[0], &limit)) return false;
  }
  r->limit = limit;
  if (args[1] && !rt.is_none(args[1])) {
    r->loop = args[1];
  } else {
    r->loop = get_event_loop(rt);
    if (!r->loop) return false;
  }
  rbuf(r).clear();
  r->eof = false;
  r->waiter.reset();
  r->exception.reset();
  r->transport.reset();
  r->paused = false;
  return true;
}

static void reader_wakeup(Runtime& rt, ReaderObject* r) {
  Value w = std::move(r->waiter);
  r->waiter.reset();
  if (w && !future_like_cancelled(rt, w)) set_result_any(rt, w, rt.None());
}

static bool reader_feed_eof(Runtime& rt, const Value& self) {
  ReaderObject* r = RD(self);
  r->eof = true;
  reader_wakeup(rt, r);
  return !rt.has_error();
}

static bool reader_feed_data(Runtime& rt, const Value& self, std::string_view data) {
  ReaderObject* r = RD(self);
  if (r->eof) {
    rt.raise(rt.t.AssertionError, "feed_data after feed_eof");
    return false;
  }
  if (data.empty()) return true;
  rbuf(r).append(data);
  reader_wakeup(rt, r);
  if (rt.has_error()) return false;
  if (r->transport && !r->paused && static_cast<int64_t>(rbuf(r).size()) > 2 * r->limit) {
    if (!call_method(rt, r->transport, rt.intern("pause_reading"), {})) {
      if (!rt.error_matches(rt.t.NotImplementedError)) return false;
      rt.clear_error();
      r->transport.reset();
    } else {
      r->paused = true;
    }
  }
  return true;
}

static bool reader_set_exception(Runtime& rt, const Value& self, const Value& exc) {
  ReaderObject* r = RD(self);
  r->exception = exc;
  Value w = std::move(r->waiter);
  r->waiter.reset();
  if (w && !future_like_cancelled(rt, w)) {
    Value f = call_method(rt, w, rt.intern("set_exception"), {exc});
    if (!f) return false;
  }
  return true;
}

static bool reader_maybe_resume(Runtime& rt, ReaderObject* r) {
  if (r->paused && static_cast<int64_t>(rbuf(r).size()) <= r->limit) {
    r->paused = false;
    if (!call_method(rt, r->transport, rt.intern("resume_reading"), {})) return false;
  }
  return true;
}

// _wait_for_data(func_name) up to the await: the waiter to await (null with an error).
static Value reader_wait_start(Runtime& rt, const Value& self, const char* func_name) {
  ReaderObject* r = RD(self);
  if (r->waiter) {
    return rt.raise(rt.t.RuntimeError, std::string(func_name) +
                                           "() called while another coroutine is already waiting for incoming data");
  }
  if (r->eof) return rt.raise(rt.t.AssertionError, "_wait_for_data after EOF");
  if (r->paused) {
    r->paused = false;
    if (!call_method(rt, r->transport, rt.intern("resume_reading"), {})) return nullptr;
  }
  r->waiter = create_future_on(rt, r->loop);
  return r->waiter;
}

#define WAIT_FOR_DATA(name)                                  \
  do {                                                       \
    Value w_ = reader_wait_start(rt, self, name);            \
    if (!w_) co_return Outcome::from_error(rt);              \
    Outcome o_ = co_await await_future(rt, w_);              \
    RD(self)->waiter.reset();                                \
    if (o_.failed()) co_return o_;                           \
  } while (0)

static Outcome raise_outcome(Runtime& rt, const Value& exc) {
  rt.raise_value(exc);
  return Outcome::from_error(rt);
}

static NativeCoro readuntil_impl(Runtime& rt, Value self, Value sepv) {
  co_await gc_visible(&self, &sepv);
  std::string_view sv;
  if (!bytes_like_view(rt, sepv, &sv)) {
    rt.raise(rt.t.TypeError, "a bytes-like object is required, not '" + type_name(rt, sepv) + "'");
    co_return Outcome::from_error(rt);
  }
  std::string sep(sv);
  if (sep.empty()) {
    rt.raise(rt.t.ValueError, "Separator should be at least one-byte string");
    co_return Outcome::from_error(rt);
  }
  ReaderObject* r = RD(self);
  if (r->exception) co_return raise_outcome(rt, r->exception);
  ToolkitExceptions& tx = toolkit_exceptions(rt);
  size_t offset = 0;
  size_t isep = 0;
  while (true) {
    r = RD(self);
    std::string& b = rbuf(r);
    size_t buflen = b.size();
    if (buflen >= offset + sep.size()) {
      size_t f = b.find(sep, offset);
      if (f != std::string::npos) {
        isep = f;
        break;
      }
      offset = buflen + 1 - sep.size();
      if (static_cast<int64_t>(offset) > r->limit) {
        Value e = call(rt, Value::borrow(tx.limit_overrun),
                       {make_str(rt, "Separator is not found, and chunk exceed the limit"),
                        make_int(rt, static_cast<int64_t>(offset))});
        if (!e) co_return Outcome::from_error(rt);
        co_return raise_outcome(rt, e);
      }
    }
    if (r->eof) {
      Value chunk = make_bytes(rt, b);
      b.clear();
      Value e = call(rt, Value::borrow(tx.incomplete_read), {chunk, rt.None()});
      if (!e) co_return Outcome::from_error(rt);
      co_return raise_outcome(rt, e);
    }
    WAIT_FOR_DATA("readuntil");
  }
  r = RD(self);
  if (static_cast<int64_t>(isep) > r->limit) {
    Value e = call(rt, Value::borrow(tx.limit_overrun),
                   {make_str(rt, "Separator is found, but chunk is longer than limit"),
                    make_int(rt, static_cast<int64_t>(isep))});
    if (!e) co_return Outcome::from_error(rt);
    co_return raise_outcome(rt, e);
  }
  std::string& b = rbuf(r);
  Value chunk = make_bytes(rt, std::string_view(b).substr(0, isep + sep.size()));
  b.erase(0, isep + sep.size());
  if (!reader_maybe_resume(rt, r)) co_return Outcome::from_error(rt);
  co_return Outcome::ok(chunk);
}

static NativeCoro readline_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  SubCoro sub(readuntil_impl(rt, self, make_bytes(rt, "\n")));
  LS_AWAIT(io, sub);
  if (!io.failed()) co_return io;
  ToolkitExceptions& tx = toolkit_exceptions(rt);
  if (isinstance(rt, io.error, tx.incomplete_read)) {
    Value partial = getattr(rt, io.error, "partial");
    if (!partial) co_return Outcome::from_error(rt);
    co_return Outcome::ok(partial);
  }
  if (isinstance(rt, io.error, tx.limit_overrun)) {
    Value consumed_v = getattr(rt, io.error, "consumed");
    int64_t consumed = 0;
    if (!consumed_v || !index_int64(rt, consumed_v, &consumed)) co_return Outcome::from_error(rt);
    ReaderObject* r = RD(self);
    std::string& b = rbuf(r);
    if (static_cast<int64_t>(b.size()) > consumed && b[static_cast<size_t>(consumed)] == '\n') {
      b.erase(0, static_cast<size_t>(consumed) + 1);
    } else {
      b.clear();
    }
    if (!reader_maybe_resume(rt, r)) co_return Outcome::from_error(rt);
    Value args = getattr(rt, io.error, "args");
    if (!args) co_return Outcome::from_error(rt);
    Value e = call(rt, Value::borrow(rt.t.ValueError), {as_tuple(args)->size ? as_tuple(args)->items()[0] : rt.None()});
    if (!e) co_return Outcome::from_error(rt);
    rt.raise_value(e);
    // raise ValueError(...) inside the except clause: the LimitOverrunError is its context
    Outcome out = Outcome::from_error(rt);
    static_cast<ExceptionObject*>(out.error.obj())->context = io.error;
    co_return out;
  }
  co_return io;
}

static NativeCoro read_impl(Runtime& rt, Value self, int64_t n) {
  co_await gc_visible(&self);
  ReaderObject* r = RD(self);
  if (r->exception) co_return raise_outcome(rt, r->exception);
  if (n == 0) co_return Outcome::ok(make_bytes(rt, ""));
  if (n < 0) {
    std::string all;
    while (true) {
      SubCoro sub(read_impl(rt, self, RD(self)->limit));
      LS_AWAIT(io, sub);
      if (io.failed()) co_return io;
      std::string_view block;
      bytes_like_view(rt, io.value, &block);
      if (block.empty()) break;
      all.append(block);
    }
    co_return Outcome::ok(make_bytes(rt, all));
  }
  if (rbuf(r).empty() && !r->eof) WAIT_FOR_DATA("read");
  r = RD(self);
  std::string& b = rbuf(r);
  size_t k = std::min<size_t>(b.size(), static_cast<size_t>(n));
  Value data = make_bytes(rt, std::string_view(b).substr(0, k));
  b.erase(0, k);
  if (!reader_maybe_resume(rt, r)) co_return Outcome::from_error(rt);
  co_return Outcome::ok(data);
}

static NativeCoro readexactly_impl(Runtime& rt, Value self, int64_t n) {
  co_await gc_visible(&self);
  if (n < 0) {
    rt.raise(rt.t.ValueError, "readexactly size can not be less than zero");
    co_return Outcome::from_error(rt);
  }
  ReaderObject* r = RD(self);
  if (r->exception) co_return raise_outcome(rt, r->exception);
  if (n == 0) co_return Outcome::ok(make_bytes(rt, ""));
  while (static_cast<int64_t>(rbuf(RD(self)).size()) < n) {
    r = RD(self);
    if (r->eof) {
      Value inc = make_bytes(rt, rbuf(r));
      rbuf(r).clear();
      Value e = call(rt, Value::borrow(toolkit_exceptions(rt).incomplete_read), {inc, make_int(rt, n)});
      if (!e) co_return Outcome::from_error(rt);
      co_return raise_outcome(rt, e);
    }
    WAIT_FOR_DATA("readexactly");
  }
  r = RD(self);
  std::string& b = rbuf(r);
  Value data = make_bytes(rt, std::string_view(b).substr(0, static_cast<size_t>(n)));
  b.erase(0, static_cast<size_t>(n));
  if (!reader_maybe_resume(rt, r)) co_return Outcome::from_error(rt);
  co_return Outcome::ok(data);
}

static NativeCoro anext_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  SubCoro sub(readline_impl(rt, self));
  LS_AWAIT(io, sub);
  if (io.failed()) co_return io;
  std::string_view v;
  bytes_like_view(rt, io.value, &v);
  if (v.empty()) {
    rt.raise_value(Value::borrow(rt.t.StopAsyncIteration));
    co_return Outcome::from_error(rt);
  }
  co_return io;
}

static Value rd_exception(Runtime& rt, const Value& self, CallArgs) {
  return RD(self)->exception ? RD(self)->exception : rt.None();
}
static Value rd_set_exception(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReader.set_exception", {"exc"}, 1, 1, args)) return nullptr;
  if (!reader_set_exception(rt, self, args[0])) return nullptr;
  return rt.None();
}
static Value rd_set_transport(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReader.set_transport", {"transport"}, 1, 1, args)) return nullptr;
  if (RD(self)->transport) return rt.raise(rt.t.AssertionError, "Transport already set");
  RD(self)->transport = args[0];
  return rt.None();
}
static Value rd_feed_eof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamReader.feed_eof")) return nullptr;
  if (!reader_feed_eof(rt, self)) return nullptr;
  return rt.None();
}
static Value rd_at_eof(Runtime& rt, const Value& self, CallArgs) {
  return rt.Bool(RD(self)->eof && rbuf(RD(self)).empty());
}
static Value rd_feed_data(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReader.feed_data", {"data"}, 1, 1, args)) return nullptr;
  std::string_view d;
  if (!bytes_like_view(rt, args[0], &d)) {
    int t = truthy(rt, args[0]);
    if (t < 0) return nullptr;
    if (!t) return rt.None();
    return rt.raise(rt.t.TypeError, "can't extend bytearray with " + type_name(rt, args[0]));
  }
  if (!reader_feed_data(rt, self, d)) return nullptr;
  return rt.None();
}
static Value rd_read(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReader.read", {"n"}, 1, 0, args)) return nullptr;
  int64_t n = -1;
  if (args[0] && !index_int64(rt, args[0], &n)) return nullptr;
  return wrap_native(rt, "StreamReader.read", read_impl(rt, self, n));
}
static Value rd_readline(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamReader.readline")) return nullptr;
  return wrap_native(rt, "StreamReader.readline", readline_impl(rt, self));
}
static Value rd_readuntil(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReader.readuntil", {"separator"}, 1, 0, args)) return nullptr;
  return wrap_native(rt, "StreamReader.readuntil", readuntil_impl(rt, self, args[0] ? args[0] : make_bytes(rt, "\n")));
}
static Value rd_readexactly(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReader.readexactly", {"n"}, 1, 1, args)) return nullptr;
  int64_t n = 0;
  if (!index_int64(rt, args[0], &n)) return nullptr;
  return wrap_native(rt, "StreamReader.readexactly", readexactly_impl(rt, self, n));
}
static Value rd_repr(Runtime& rt, const Value& self) {
  ReaderObject* r = RD(self);
  std::string out = "<StreamReader";
  bool ok = true;
  if (!rbuf(r).empty()) out += " " + std::to_string(rbuf(r).size()) + " bytes";
  if (r->eof) out += " eof";
  if (r->limit != kDefaultLimit) out += " limit=" + std::to_string(r->limit);
  if (r->waiter) out += " waiter=" + repr_of(rt, r->waiter, &ok);
  if (r->exception) out += " exception=" + repr_of(rt, r->exception, &ok);
  if (r->transport) out += " transport=" + repr_of(rt, r->transport, &ok);
  if (r->paused) out += " paused";
  if (!ok) return nullptr;
  return make_str(rt, out + ">");
}
static Value rd_get_buffer(Runtime& rt, const Value& self) { return make_bytearray(rt, rbuf(RD(self))); }
static Value rd_get_limit(Runtime& rt, const Value& self) { return make_int(rt, RD(self)->limit); }
static Value rd_get_eof(Runtime& rt, const Value& self) { return rt.Bool(RD(self)->eof); }
static Value rd_get_transport(Runtime& rt, const Value& self) {
  return RD(self)->transport ? RD(self)->transport : rt.None();
}
static Value rd_get_loop(Runtime& rt, const Value& self) { return RD(self)->loop ? RD(self)->loop : rt.None(); }
static Value rd_get_waiter(Runtime& rt, const Value& self) { return RD(self)->waiter ? RD(self)->waiter : rt.None(); }
static const MethodDef kReaderMethods[] = {
    {"exception", rd_exception},     {"set_exception", rd_set_exception}, {"set_transport", rd_set_transport},
    {"feed_eof", rd_feed_eof},       {"at_eof", rd_at_eof},               {"feed_data", rd_feed_data},
    {"read", rd_read},               {"readline", rd_readline},           {"readuntil", rd_readuntil},
    {"readexactly", rd_readexactly},
    {nullptr, nullptr}};
static const GetSetDef kReaderGetSets[] = {{"_buffer", rd_get_buffer}, {"_limit", rd_get_limit},
                                           {"_eof", rd_get_eof},       {"_transport", rd_get_transport},
                                           {"_loop", rd_get_loop},     {"_waiter", rd_get_waiter},
                                           {nullptr, nullptr}};

// --- StreamReaderProtocol ----------------------------------------------------------------------

static Value new_writer(Runtime& rt, const Value& transport, const Value& protocol, const Value& reader,
                        const Value& loop);

static bool srp_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[3];
  if (!bind_args(rt, a, "StreamReaderProtocol.__init__", {"stream_reader", "client_connected_cb", "loop"}, 3, 1,
                 args)) {
    return false;
  }
  SRProtocolObject* p = SP(self);
  if (args[2] && !rt.is_none(args[2])) {
    p->loop = args[2];
  } else {
    p->loop = get_event_loop(rt);
    if (!p->loop) return false;
  }
  p->reader = rt.is_none(args[0]) ? Value() : args[0];
  p->cb = args[1] && !rt.is_none(args[1]) ? args[1] : Value();
  p->writer.reset();
  p->task.reset();
  p->transport.reset();
  p->paused = p->connection_lost = false;
  if (!p->drain_waiters) p->drain_waiters = new std::deque<Value>();
  p->closed = create_future_on(rt, p->loop);
  return static_cast<bool>(p->closed);
}

static bool is_reader(Runtime& rt, const Value& v) { return v && isinstance(rt, v, stream_types(rt).reader); }

// connection_made's callback(task): self is (protocol, transport).
static Value cb_task_done(Runtime& rt, const Value& self, CallArgs a) {
  Value protocol = as_tuple(self)->items()[0], transport = as_tuple(self)->items()[1];
  Value exc = future_like_exception(rt, a[0]);
  if (!exc) return nullptr;
  if (rt.is_none(exc)) return rt.None();
  Ref<DictObject> ctx = new_dict(rt);
  dict_set_str(rt, ctx.get(), rt.intern("message"), make_str(rt, "Unhandled exception in client_connected_cb"));
  dict_set_str(rt, ctx.get(), rt.intern("exception"), exc);
  dict_set_str(rt, ctx.get(), rt.intern("transport"), transport);
  Value loop = SP(protocol)->loop;
  if (is_loop(rt, loop)) {
    loop_call_exception_handler(rt, loop, std::move(ctx).value());
    if (rt.has_error()) return nullptr;
  } else if (!call_method(rt, loop, rt.intern("call_exception_handler"), {std::move(ctx).value()})) {
    return nullptr;
  }
  if (!call_method(rt, transport, rt.intern("close"), {})) return nullptr;
  return rt.None();
}

static Value srp_connection_made(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReaderProtocol.connection_made", {"transport"}, 1, 1, args)) return nullptr;
  SRProtocolObject* p = SP(self);
  p->transport = args[0];
  Value reader = p->reader;
  if (reader && !call_method(rt, reader, rt.intern("set_transport"), {args[0]})) return nullptr;
  if (p->cb) {
    Value w = new_writer(rt, args[0], self, reader ? reader : rt.None(), p->loop);
    if (!w) return nullptr;
    p->writer = w;
    Value res = call(rt, p->cb, {reader ? reader : rt.None(), w});
    if (!res) return nullptr;
    if (is_coroutine_value(rt, res)) {
      Value t = is_loop(rt, p->loop) ? loop_create_task(rt, p->loop, res, Value(), Value())
                                     : call_method(rt, p->loop, rt.intern("create_task"), {res});
      if (!t) return nullptr;
      SP(self)->task = t;
      // 3.11.7: an exception of the handler task goes to the loop's exception handler and
      // closes the transport (a nested `callback` closing over self and transport).
      static const NativeCallback kCb{cb_task_done, "StreamReaderProtocol.connection_made.<locals>.callback", nullptr};
      register_native_callback(cb_task_done, kCb.name, "streams.py", 248);
      Value bound = make_tuple(rt, {self, args[0]});
      if (!future_add_native_done_callback(rt, as_future(t), kCb, bound, Value())) return nullptr;
    }
  }
  return rt.None();
}
static Value srp_connection_lost(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReaderProtocol.connection_lost", {"exc"}, 1, 1, args)) return nullptr;
  SRProtocolObject* p = SP(self);
  Value exc = args[0];
  Value reader = p->reader;
  if (reader) {
    if (rt.is_none(exc)) {
      if (!call_method(rt, reader, rt.intern("feed_eof"), {})) return nullptr;
    } else if (!call_method(rt, reader, rt.intern("set_exception"), {exc})) {
      return nullptr;
    }
  }
  FutureObject* closed = as_future(p->closed);
  if (closed->state == FutureState::Pending) {
    if (rt.is_none(exc)) {
      future_set_result(rt, closed, rt.None());
    } else {
      future_set_exception(rt, closed, exc);
      closed->log_traceback = false;  // StreamReaderProtocol.__del__ retrieves it
    }
  }
  // FlowControlMixin.connection_lost
  p->connection_lost = true;
  if (p->paused && p->drain_waiters) {
    for (const Value& w : *p->drain_waiters) {
      if (future_like_done(rt, w)) continue;
      if (rt.is_none(exc)) set_result_any(rt, w, rt.None());
      else call_method(rt, w, rt.intern("set_exception"), {exc});
    }
  }
  p->reader.reset();
  p->writer.reset();
  p->task.reset();
  p->transport.reset();
  if (rt.has_error()) return nullptr;
  return rt.None();
}
static Value srp_data_received(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamReaderProtocol.data_received", {"data"}, 1, 1, args)) return nullptr;
  Value reader = SP(self)->reader;
  if (reader && !call_method(rt, reader, rt.intern("feed_data"), {args[0]})) return nullptr;
  return rt.None();
}
static Value srp_eof_received(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamReaderProtocol.eof_received")) return nullptr;
  Value reader = SP(self)->reader;
  if (reader && !call_method(rt, reader, rt.intern("feed_eof"), {})) return nullptr;
  return rt.True();
}
static Value srp_pause_writing(Runtime& rt, const Value& self, CallArgs) {
  SP(self)->paused = true;
  return rt.None();
}
static Value srp_resume_writing(Runtime& rt, const Value& self, CallArgs) {
  SRProtocolObject* p = SP(self);
  p->paused = false;
  if (p->drain_waiters) {
    std::vector<Value> snap(p->drain_waiters->begin(), p->drain_waiters->end());
    for (const Value& w : snap) {
      if (!future_like_done(rt, w)) set_result_any(rt, w, rt.None());
    }
  }
  return rt.None();
}
static NativeCoro drain_helper_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  SRProtocolObject* p = SP(self);
  if (p->connection_lost) {
    Value e = call(rt, Value::borrow(rt.t.ConnectionResetError), {make_str(rt, "Connection lost")});
    if (!e) co_return Outcome::from_error(rt);
    co_return raise_outcome(rt, e);
  }
  if (!p->paused) co_return Outcome::ok(rt.None());
  Value w = create_future_on(rt, p->loop);
  if (!w) co_return Outcome::from_error(rt);
  co_await gc_visible(&w);
  p->drain_waiters->push_back(w);
  Outcome r = co_await await_future(rt, w);
  deque_remove(*SP(self)->drain_waiters, w);
  co_return r;
}
static Value srp_drain_helper(Runtime& rt, const Value& self, CallArgs) {
  return wrap_native(rt, "FlowControlMixin._drain_helper", drain_helper_impl(rt, self));
}
static Value srp_get_close_waiter(Runtime&, const Value& self, CallArgs) { return SP(self)->closed; }
static Value srp_get_reader(Runtime& rt, const Value& self) { return SP(self)->reader ? SP(self)->reader : rt.None(); }
static const MethodDef kSRPMethods[] = {{"connection_made", srp_connection_made},
                                        {"connection_lost", srp_connection_lost},
                                        {"data_received", srp_data_received},
                                        {"eof_received", srp_eof_received},
                                        {"pause_writing", srp_pause_writing},
                                        {"resume_writing", srp_resume_writing},
                                        {"_drain_helper", srp_drain_helper},
                                        {"_get_close_waiter", srp_get_close_waiter},
                                        {nullptr, nullptr}};
static const GetSetDef kSRPGetSets[] = {{"_stream_reader", srp_get_reader}, {nullptr, nullptr}};

// --- StreamWriter ------------------------------------------------------------------------------

static bool writer_init(Runtime& rt, const Value& self, CallArgs a) {
  Value args[4];
  if (!bind_args(rt, a, "StreamWriter.__init__", {"transport", "protocol", "reader", "loop"}, 4, 4, args)) {
    return false;
  }
  if (!rt.is_none(args[2]) && !is_reader(rt, args[2])) {
    rt.raise(rt.t.AssertionError, "");
    return false;
  }
  WriterObject* w = WR(self);
  w->transport = args[0];
  w->protocol = args[1];
  w->reader = rt.is_none(args[2]) ? Value() : args[2];
  w->loop = args[3];
  w->complete_fut = create_future_on(rt, args[3]);
  if (!w->complete_fut || !set_result_any(rt, w->complete_fut, rt.None())) return false;
  return true;
}
static Value new_writer(Runtime& rt, const Value& transport, const Value& protocol, const Value& reader,
                        const Value& loop) {
  return call(rt, Value::borrow(stream_types(rt).writer), {transport, protocol, reader, loop});
}
static Value wr_transport(Runtime& rt, const Value& self) { return WR(self)->transport ? WR(self)->transport : rt.None(); }
static Value wr_forward(Runtime& rt, const Value& self, const char* name, CallArgs a) {
  Value m = getattr(rt, WR(self)->transport, name);
  if (!m) return nullptr;
  return call(rt, m, a);
}
static Value wr_write(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamWriter.write", {"data"}, 1, 1, args)) return nullptr;
  if (!wr_forward(rt, self, "write", CallArgs{args, 1, nullptr})) return nullptr;
  return rt.None();
}
static Value wr_writelines(Runtime& rt, const Value& self, CallArgs a) {
  Value args[1];
  if (!bind_args(rt, a, "StreamWriter.writelines", {"data"}, 1, 1, args)) return nullptr;
  if (!wr_forward(rt, self, "writelines", CallArgs{args, 1, nullptr})) return nullptr;
  return rt.None();
}
static Value wr_write_eof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamWriter.write_eof")) return nullptr;
  return wr_forward(rt, self, "write_eof", CallArgs{});
}
static Value wr_can_write_eof(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamWriter.can_write_eof")) return nullptr;
  return wr_forward(rt, self, "can_write_eof", CallArgs{});
}
static Value wr_close(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamWriter.close")) return nullptr;
  return wr_forward(rt, self, "close", CallArgs{});
}
static Value wr_is_closing(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamWriter.is_closing")) return nullptr;
  return wr_forward(rt, self, "is_closing", CallArgs{});
}
static Value wr_get_extra_info(Runtime& rt, const Value& self, CallArgs a) {
  Value args[2];
  if (!bind_args(rt, a, "StreamWriter.get_extra_info", {"name", "default"}, 2, 1, args)) return nullptr;
  if (!args[1]) args[1] = rt.None();
  return wr_forward(rt, self, "get_extra_info", CallArgs{args, 2, nullptr});
}
static NativeCoro wait_closed_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  Value fut = call_method(rt, WR(self)->protocol, rt.intern("_get_close_waiter"), {self});
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&fut);
  Delegate d(rt, fut);
  LS_AWAIT(io, d);
  co_return io;
}
static Value wr_wait_closed(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamWriter.wait_closed")) return nullptr;
  return wrap_native(rt, "StreamWriter.wait_closed", wait_closed_impl(rt, self));
}
static NativeCoro drain_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  WriterObject* w = WR(self);
  if (w->reader) {
    Value exc = call_method(rt, w->reader, rt.intern("exception"), {});
    if (!exc) co_return Outcome::from_error(rt);
    if (!rt.is_none(exc)) co_return raise_outcome(rt, exc);
  }
  Value closing = call_method(rt, WR(self)->transport, rt.intern("is_closing"), {});
  if (!closing) co_return Outcome::from_error(rt);
  int c = truthy(rt, closing);
  if (c < 0) co_return Outcome::from_error(rt);
  if (c) {
    Outcome y = co_await yield_now();
    if (y.failed()) co_return y;
  }
  Value helper = call_method(rt, WR(self)->protocol, rt.intern("_drain_helper"), {});
  if (!helper) co_return Outcome::from_error(rt);
  co_await gc_visible(&helper);
  Delegate d(rt, helper);
  LS_AWAIT(io, d);
  if (io.failed()) co_return io;
  co_return Outcome::ok(rt.None());
}
static Value wr_drain(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "StreamWriter.drain")) return nullptr;
  return wrap_native(rt, "StreamWriter.drain", drain_impl(rt, self));
}
// StreamWriter.__del__ (3.11.7): a writer dropped while its transport is open closes it, with an
// 'unclosed <StreamWriter ...>' ResourceWarning (ignored by default).
static void writer_finalize(Runtime& rt, Object* o) {
  auto* w = static_cast<WriterObject*>(o);
  if (!w->transport || !w->loop) return;
  Value saved = rt.take_error();
  Value self = Value::borrow(o);
  Value closing = call_method(rt, w->transport, rt.intern("is_closing"), {});
  int c = closing ? truthy(rt, closing) : -1;
  if (c == 0) {
    Value closed = call_method(rt, w->loop, rt.intern("is_closed"), {});
    int lc = closed ? truthy(rt, closed) : -1;
    if (lc == 1) {
      if (rt.warn) rt.warn(rt, rt.t.ResourceWarning, "loop is closed", 1, Value());
    } else if (lc == 0 && call_method(rt, w->transport, rt.intern("close"), {})) {
      std::string r;
      if (repr_string(rt, self, &r) && rt.warn) rt.warn(rt, rt.t.ResourceWarning, "unclosed " + r, 1, self);
    }
  }
  rt.clear_error();
  rt.exc = std::move(saved);
}

static Value wr_repr(Runtime& rt, const Value& self) {
  WriterObject* w = WR(self);
  bool ok = true;
  std::string out = "<StreamWriter transport=" + repr_of(rt, w->transport ? w->transport : rt.None(), &ok);
  if (w->reader) out += " reader=" + repr_of(rt, w->reader, &ok);
  if (!ok) return nullptr;
  return make_str(rt, out + ">");
}
static const MethodDef kWriterMethods[] = {{"write", wr_write},
                                           {"writelines", wr_writelines},
                                           {"write_eof", wr_write_eof},
                                           {"can_write_eof", wr_can_write_eof},
                                           {"close", wr_close},
                                           {"is_closing", wr_is_closing},
                                           {"wait_closed", wr_wait_closed},
                                           {"get_extra_info", wr_get_extra_info},
                                           {"drain", wr_drain},
                                           {nullptr, nullptr}};
static const GetSetDef kWriterGetSets[] = {{"transport", wr_transport}, {nullptr, nullptr}};

// --- Server ------------------------------------------------------------------------------------

static Value accept_connection(Runtime& rt, const Value& self, CallArgs a);

static bool server_wakeup(Runtime& rt, const Value& server) {
  ServerObject* s = SV(server);
  std::vector<Value>* ws = s->waiters;
  s->waiters = nullptr;
  if (!ws) return true;
  bool ok = true;
  for (const Value& w : *ws) {
    if (ok && !future_like_done(rt, w) && !set_result_any(rt, w, w)) ok = false;
  }
  delete ws;
  return ok;
}
static bool server_detach(Runtime& rt, const Value& server) {
  ServerObject* s = SV(server);
  s->active -= 1;
  if (s->active == 0 && !s->socks) return server_wakeup(rt, server);
  return true;
}
static bool server_start_serving(Runtime& rt, const Value& self) {
  ServerObject* s = SV(self);
  if (s->serving) return true;
  s->serving = true;
  if (!s->socks) {  // closed: `for sock in self._sockets` with _sockets None
    rt.raise(rt.t.TypeError, "'NoneType' object is not iterable");
    return false;
  }
  for (auto [fd, sid] : *s->socks) {
    VSock* vs = vsock(rt, fd, sid);
    if (!vs) continue;
    vs->listening = true;
    add_handler(rt, s->loop, fd, true, accept_connection, "BaseSelectorEventLoop._accept_connection", s->loop,
                make_tuple(rt, {self, make_int(rt, fd)}));
  }
  return true;
}
static bool server_close(Runtime& rt, const Value& self) {
  ServerObject* s = SV(self);
  if (!s->socks) return true;
  auto* socks = s->socks;
  s->socks = nullptr;
  for (auto [fd, sid] : *socks) {
    if (vsock(rt, fd, sid)) {
      sel_remove(rt, fd, true);
      vsock_close(rt, fd);
    }
  }
  delete socks;
  s->serving = false;
  if (s->serving_forever_fut && !future_like_done(rt, s->serving_forever_fut)) {
    Value f = s->serving_forever_fut;
    s->serving_forever_fut.reset();
    if (!future_like_cancel(rt, f, Value())) return false;
  }
  if (s->active == 0) return server_wakeup(rt, self);
  return true;
}
static Value sv_sockets(Runtime& rt, const Value& self) {
  ServerObject* s = SV(self);
  std::vector<Value> items;
  if (s->socks) {
    for (auto [fd, sid] : *s->socks) {
      Value t = new_trsock(rt, fd);
      TS(t)->sid = sid;
      items.push_back(t);
    }
  }
  return make_tuple(rt, items.data(), static_cast<int64_t>(items.size()));
}
static Value sv_repr(Runtime& rt, const Value& self) {
  bool ok = true;
  std::string out = "<" + type_name(rt, self) + " sockets=" + repr_of(rt, sv_sockets(rt, self), &ok) + ">";
  if (!ok) return nullptr;
  return make_str(rt, out);
}
static Value sv_get_loop(Runtime&, const Value& self, CallArgs) { return SV(self)->loop; }
static Value sv_is_serving(Runtime& rt, const Value& self, CallArgs) { return rt.Bool(SV(self)->serving); }
static Value sv_close(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Server.close")) return nullptr;
  if (!server_close(rt, self)) return nullptr;
  return rt.None();
}
static NativeCoro start_serving_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  if (!server_start_serving(rt, self)) co_return Outcome::from_error(rt);
  Outcome y = co_await yield_now();
  if (y.failed()) co_return y;
  co_return Outcome::ok(rt.None());
}
static NativeCoro wait_closed_server_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  ServerObject* s = SV(self);
  if (!s->socks || !s->waiters) co_return Outcome::ok(rt.None());
  Value w = create_future_on(rt, s->loop);
  if (!w) co_return Outcome::from_error(rt);
  co_await gc_visible(&w);
  s->waiters->push_back(w);
  Outcome r = co_await await_future(rt, w);
  if (r.failed()) co_return r;
  co_return Outcome::ok(rt.None());
}
static NativeCoro serve_forever_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  ServerObject* s = SV(self);
  bool ok = true;
  if (s->serving_forever_fut) {
    rt.raise(rt.t.RuntimeError, "server " + repr_of(rt, self, &ok) + " is already being awaited on serve_forever()");
    co_return Outcome::from_error(rt);
  }
  if (!s->socks) {
    rt.raise(rt.t.RuntimeError, "server " + repr_of(rt, self, &ok) + " is closed");
    co_return Outcome::from_error(rt);
  }
  if (!server_start_serving(rt, self)) co_return Outcome::from_error(rt);
  Value fut = create_future_on(rt, s->loop);
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&fut);
  SV(self)->serving_forever_fut = fut;
  Outcome r = co_await await_future(rt, fut);
  if (r.failed() && isinstance(rt, r.error, asyncio_state(rt).cancelled_error)) {
    if (!server_close(rt, self)) {
      SV(self)->serving_forever_fut.reset();
      co_return Outcome::from_error(rt);
    }
    SubCoro sub(wait_closed_server_impl(rt, self));
    LS_AWAIT(io, sub);
    SV(self)->serving_forever_fut.reset();
    if (io.failed()) co_return io;
    co_return r;
  }
  SV(self)->serving_forever_fut.reset();
  co_return r;
}
static Value sv_start_serving(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Server.start_serving")) return nullptr;
  return wrap_native(rt, "Server.start_serving", start_serving_impl(rt, self));
}
static Value sv_serve_forever(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Server.serve_forever")) return nullptr;
  return wrap_native(rt, "Server.serve_forever", serve_forever_impl(rt, self));
}
static Value sv_wait_closed(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "Server.wait_closed")) return nullptr;
  return wrap_native(rt, "Server.wait_closed", wait_closed_server_impl(rt, self));
}
static NativeCoro aenter_impl(Runtime&, Value self) { co_return Outcome::ok(self); }
static NativeCoro aexit_impl(Runtime& rt, Value self) {
  co_await gc_visible(&self);
  if (!server_close(rt, self)) co_return Outcome::from_error(rt);
  SubCoro sub(wait_closed_server_impl(rt, self));
  LS_AWAIT(io, sub);
  if (io.failed()) co_return io;
  co_return Outcome::ok(rt.None());
}
static Value sv_aenter(Runtime& rt, const Value& self, CallArgs a) {
  if (!check_no_args(rt, a, "AbstractServer.__aenter__")) return nullptr;
  return wrap_native(rt, "AbstractServer.__aenter__", aenter_impl(rt, self));
}
static Value sv_aexit(Runtime& rt, const Value& self, CallArgs) {
  return wrap_native(rt, "AbstractServer.__aexit__", aexit_impl(rt, self));
}
static const MethodDef kServerMethods[] = {{"get_loop", sv_get_loop},
                                           {"is_serving", sv_is_serving},
                                           {"close", sv_close},
                                           {"start_serving", sv_start_serving},
                                           {"serve_forever", sv_serve_forever},
                                           {"wait_closed", sv_wait_closed},
                                           {"__aenter__", sv_aenter},
                                           {"__aexit__", sv_aexit},
                                           {nullptr, nullptr}};
static const GetSetDef kServerGetSets[] = {{"sockets", sv_sockets}, {nullptr, nullptr}};

// BaseSelectorEventLoop._accept_connection2: the task serving one accepted connection.
static NativeCoro accept2_impl(Runtime& rt, Value server, int fd, Value extra) {
  co_await gc_visible(&server, &extra);
  Value loop = SV(server)->loop;
  co_await gc_visible(&loop);
  Value protocol = call(rt, SV(server)->factory, CallArgs{});
  if (!protocol) {
    Value e = rt.take_error();
    vsock_close(rt, fd);
    if (is_fatal_passthrough(rt, e)) co_return Outcome::err(e);
    co_return Outcome::ok(rt.None());
  }
  co_await gc_visible(&protocol);
  Value waiter = create_future_on(rt, loop);
  co_await gc_visible(&waiter);
  Value transport = make_transport(rt, loop, fd, protocol, waiter, extra, server);
  if (!transport) {
    Value e = rt.take_error();
    if (is_fatal_passthrough(rt, e)) co_return Outcome::err(e);
    co_return Outcome::ok(rt.None());
  }
  co_await gc_visible(&transport);
  Outcome r = co_await await_future(rt, waiter);
  if (r.failed()) {
    call_method(rt, transport, rt.intern("close"), {});
    rt.clear_error();
    if (is_fatal_passthrough(rt, r.error)) co_return r;
  }
  co_return Outcome::ok(rt.None());
}

// loop._accept_connection(protocol_factory, sock, ..., server, backlog): here (server, fd)
static Value accept_connection(Runtime& rt, const Value&, CallArgs a) {
  Value self = a[0];
  ServerObject* s = SV(self);
  int64_t lfd = 0;
  index_int64(rt, a[1], &lfd);
  for (int64_t i = 0; i < s->backlog; ++i) {
    VSock* l = vsock(rt, static_cast<int>(lfd));
    if (!l || l->backlog.empty()) return rt.None();
    int fd = l->backlog.front();
    l->backlog.pop_front();
    VSock* c = vsock(rt, fd);
    if (!c) continue;
    Ref<DictObject> extra = new_dict(rt);
    dict_set_str(rt, extra.get(), rt.intern("peername"), addr_tuple(rt, c->family, c->rhost, c->rport));
    Value coro = wrap_native(rt, "BaseSelectorEventLoop._accept_connection2",
                             accept2_impl(rt, self, fd, std::move(extra).value()));
    if (!coro) return nullptr;
    if (!loop_create_task(rt, s->loop, coro, Value(), Value())) return nullptr;
  }
  return rt.None();
}

// --- name resolution ---------------------------------------------------------------------------

struct AddrInfo {
  int family;
  std::string host;
  int64_t port;
};

static bool parse_ipv4(const std::string& h) {
  int parts = 0, digits = 0;
  for (char c : h) {
    if (c == '.') {
      if (!digits) return false;
      ++parts;
      digits = 0;
    } else if (c >= '0' && c <= '9') {
      if (++digits > 3) return false;
    } else {
      return false;
    }
  }
  return parts == 3 && digits;
}

// base_events._ipaddr_info: 0 not an IP, 1 resolved (*out set), -1 error.
static int ipaddr_info(Runtime& rt, const Value& host, const Value& port, int family, AddrInfo* out) {
  if (rt.is_none(host) || !is_str(rt, host)) return 0;
  int64_t p = 0;
  if (!rt.is_none(port)) {
    if (is_str(rt, port) && str_view(port).empty()) {
      p = 0;
    } else {
      Value iv = call(rt, Value::borrow(rt.t.int_), {port});
      if (!iv) {
        rt.clear_error();
        return 0;
      }
      if (!index_int64(rt, iv, &p)) return -1;
    }
  }
  std::string h(str_view(host));
  if (h.find('%') != std::string::npos) return 0;
  if ((family == 0 || family == 2) && parse_ipv4(h)) {
    *out = AddrInfo{2, h, p};
    return 1;
  }
  if ((family == 0 || family == 10) && h.find(':') != std::string::npos) {
    *out = AddrInfo{10, h, p};
    return 1;
  }
  return 0;
}

// socket.getaddrinfo for the names the virtual network knows: None (passive: every address, or
// loopback), 'localhost' (127.0.0.1 as on this reference machine's /etc/hosts) and IP literals.
static Value getaddrinfo_native(Runtime& rt, const Value&, CallArgs a) {
  // (host, port, family, passive)
  Value host = a[0];
  int64_t port = 0, family = 0, passive = 0;
  if (!rt.is_none(a[1])) {
    Value iv = call(rt, Value::borrow(rt.t.int_), {a[1]});
    if (!iv) {
      rt.clear_error();
      return rt.raise_value(os_error(rt, -8, "Servname not supported for ai_socktype"));
    }
    index_int64(rt, iv, &port);
  }
  index_int64(rt, a[2], &family);
  index_int64(rt, a[3], &passive);
  std::vector<AddrInfo> infos;
  if (rt.is_none(host)) {
    if (family != 10) infos.push_back({2, passive ? "0.0.0.0" : "127.0.0.1", port});
    if (family != 2) infos.push_back({10, passive ? "::" : "::1", port});
  } else {
    std::string h(str_view(host));
    AddrInfo ai;
    if (h == "localhost" && family != 10) {
      infos.push_back({2, "127.0.0.1", port});
    } else if (ipaddr_info(rt, host, make_int(rt, port), static_cast<int>(family), &ai) > 0) {
      infos.push_back(ai);
    }
  }
  if (infos.empty()) {
    return rt.raise_value(call(rt, Value::borrow(stream_types(rt).gaierror),
                               {make_int(rt, -2), make_str(rt, "Name or service not known")}));
  }
  std::vector<Value> items;
  for (const AddrInfo& ai : infos) {
    items.push_back(make_tuple(rt, {make_int(rt, ai.family), make_int(rt, 1), make_int(rt, 6), make_str(rt, ""),
                                    addr_tuple(rt, ai.family, ai.host, ai.port)}));
  }
  Ref<ListObject> l = new_list(rt);
  for (Value& v : items) list_append(rt, l.get(), v);
  return std::move(l).value();
}

static bool tuple_to_infos(Runtime& rt, const Value& list, std::vector<AddrInfo>* out) {
  Value l = list_from_iterable(rt, list);
  if (!l) return false;
  for (int64_t i = 0; i < as_list(l)->size; ++i) {
    Value t = as_list(l)->items[i];
    if (!isinstance(rt, t, rt.t.tuple) || as_tuple(t)->size < 5) continue;
    int64_t fam = 2, port = 0;
    index_int64(rt, as_tuple(t)->items()[0], &fam);
    Value sa = as_tuple(t)->items()[4];
    if (!isinstance(rt, sa, rt.t.tuple) || as_tuple(sa)->size < 2) continue;
    index_int64(rt, as_tuple(sa)->items()[1], &port);
    out->push_back({static_cast<int>(fam), std::string(str_view(as_tuple(sa)->items()[0])), port});
  }
  return true;
}

// loop._ensure_resolved((host, port), family=...): IPs at once, names through the loop's executor
// (loop.getaddrinfo runs socket.getaddrinfo in run_in_executor).
static NativeCoro ensure_resolved_impl(Runtime& rt, Value loop, Value host, Value port, int family, bool passive) {
  co_await gc_visible(&loop, &host, &port);
  AddrInfo ai;
  int r = ipaddr_info(rt, host, port, family, &ai);
  if (r < 0) co_return Outcome::from_error(rt);
  if (r > 0) {
    Ref<ListObject> l = new_list(rt);
    list_append(rt, l.get(), make_tuple(rt, {make_int(rt, ai.family), make_int(rt, 1), make_int(rt, 6),
                                             make_str(rt, ""), addr_tuple(rt, ai.family, ai.host, ai.port)}));
    co_return Outcome::ok(std::move(l).value());
  }
  Value fn = make_builtin_function(rt, "getaddrinfo", getaddrinfo_native);
  Value fut = call_method(rt, loop, rt.intern("run_in_executor"),
                          {rt.None(), fn, host, port, make_int(rt, family), make_int(rt, passive ? 1 : 0)});
  if (!fut) co_return Outcome::from_error(rt);
  co_await gc_visible(&fut);
  Delegate d(rt, fut);
  LS_AWAIT(io, d);
  co_return io;
}

static NativeCoro create_server_getaddrinfo_impl(Runtime& rt, Value loop, Value host, Value port, int family) {
  co_await gc_visible(&loop, &host, &port);
  SubCoro sub(ensure_resolved_impl(rt, loop, host, port, family, true));
  LS_AWAIT(io, sub);
  co_return io;
}

// --- loop.create_server / create_connection ---------------------------------------------------

static Value unsupported(Runtime& rt, const char* what) {
  return rt.raise(rt.t.NotImplementedError,
                  std::string("LoopScope's in-memory network does not support ") + what);
}

static NativeCoro create_server_impl(Runtime& rt, Value loop, Value factory, Value host, Value port, int family,
                                     int64_t backlog, bool start) {
  co_await gc_visible(&loop, &factory, &host, &port);
  std::vector<Value> hosts;
  if (is_str(rt, host) && str_view(host).empty()) {
    hosts.push_back(rt.None());
  } else if (rt.is_none(host) || is_str(rt, host)) {
    hosts.push_back(host);
  } else {
    Value l = list_from_iterable(rt, host);
    if (!l) {
      rt.clear_error();
      hosts.push_back(host);
    } else {
      for (int64_t i = 0; i < as_list(l)->size; ++i) hosts.push_back(as_list(l)->items[i]);
    }
  }
  std::vector<Value> fs;
  co_await gc_visible_list(&fs);
  for (const Value& h : hosts) {
    Value c = wrap_native(rt, "BaseEventLoop._create_server_getaddrinfo",
                          create_server_getaddrinfo_impl(rt, loop, h, port, family));
    if (!c) co_return Outcome::from_error(rt);
    fs.push_back(c);
  }
  Value g = toolkit_gather(rt, fs, false);
  if (!g) co_return Outcome::from_error(rt);
  co_await gc_visible(&g);
  Outcome got = co_await await_future(rt, g);
  if (got.failed()) co_return got;
  // infos = set(itertools.chain.from_iterable(infos)): the set's order is the binding order
  std::vector<AddrInfo> infos;
  Value lists = list_from_iterable(rt, got.value);
  if (!lists) co_return Outcome::from_error(rt);
  Ref<SetObject> all = new_set(rt);
  for (int64_t i = 0; i < as_list(lists)->size; ++i) {
    Value part = list_from_iterable(rt, as_list(lists)->items[i]);
    if (!part) co_return Outcome::from_error(rt);
    for (int64_t j = 0; j < as_list(part)->size; ++j) {
      if (set_add(rt, all.get(), as_list(part)->items[j]) < 0) co_return Outcome::from_error(rt);
    }
  }
  Value allv = std::move(all).value();
  Value ordered = list_from_iterable(rt, allv);
  if (!ordered || !tuple_to_infos(rt, ordered, &infos)) co_return Outcome::from_error(rt);
  std::vector<int> fds;
  for (const AddrInfo& ai : infos) {
    int fd = vsock_new(rt, ai.family);
    fds.push_back(fd);
    int err = vsock_bind(rt, fd, ai.host, ai.port);
    if (err) {
      for (int f : fds) vsock_close(rt, f);
      bool ok = true;
      std::string sa = repr_of(rt, addr_tuple(rt, ai.family, ai.host, ai.port), &ok);
      Value e = os_error(rt, err, "error while attempting to bind on address " + sa + ": address already in use");
      if (!e) co_return Outcome::from_error(rt);
      co_return raise_outcome(rt, e);
    }
  }
  auto* s = alloc<ServerObject>(rt, stream_types(rt).server);
  Value server = Value::steal(s);
  gc_track(rt, s);
  co_await gc_visible(&server);
  s->loop = loop;
  s->factory = factory;
  s->backlog = backlog;
  s->socks = new std::vector<std::pair<int, uint64_t>>();
  for (int fd : fds) s->socks->push_back({fd, vsock(rt, fd)->sid});
  s->waiters = new std::vector<Value>();
  if (start) {
    if (!server_start_serving(rt, server)) co_return Outcome::from_error(rt);
    Outcome y = co_await yield_now();
    if (y.failed()) co_return y;
  }
  co_return Outcome::ok(server);
}

static Value sock_connect_cb(Runtime& rt, const Value&, CallArgs a) {
  // loop._sock_connect_cb(fut, sock, address): the socket as its fd
  Value fut = a[0];
  if (future_like_done(rt, fut)) return rt.None();
  int64_t fd = 0;
  index_int64(rt, a[1], &fd);
  VSock* s = vsock(rt, static_cast<int>(fd));
  if (s && s->so_error) {
    int err = s->so_error;
    bool ok = true;
    std::string addr = repr_of(rt, a[2], &ok);
    Value e = os_error(rt, err, "Connect call failed " + addr);
    if (!e) return nullptr;
    if (!call_method(rt, fut, rt.intern("set_exception"), {e})) return nullptr;
    return rt.None();
  }
  if (!set_result_any(rt, fut, rt.None())) return nullptr;
  return rt.None();
}
static Value sock_write_done(Runtime& rt, const Value& handle, CallArgs a) {
  (void)a;
  if (!as_handle(handle)->cancelled) {
    // remove_writer(fd): the handle's first argument
    int64_t fd = 0;
    index_int64(rt, as_tuple(as_handle(handle)->args)->items()[1], &fd);
    sel_remove(rt, static_cast<int>(fd), false);
  }
  return rt.None();
}

static NativeCoro create_connection_impl(Runtime& rt, Value loop, Value factory, Value host, Value port,
                                         int family) {
  co_await gc_visible(&loop, &factory, &host, &port);
  Value infos_v;
  {
    SubCoro sub(ensure_resolved_impl(rt, loop, host, port, family, false));
    LS_AWAIT(io, sub);
    if (io.failed()) co_return io;
    infos_v = io.value;
  }
  co_await gc_visible(&infos_v);
  std::vector<AddrInfo> infos;
  if (!tuple_to_infos(rt, infos_v, &infos)) co_return Outcome::from_error(rt);
  if (infos.empty()) {
    rt.raise(rt.t.OSError, "getaddrinfo() returned empty list");
    co_return Outcome::from_error(rt);
  }
  std::vector<Value> excs;
  co_await gc_visible_list(&excs);
  int fd = -1;
  for (const AddrInfo& ai : infos) {
    int cfd = vsock_new(rt, ai.family);
    Value address = addr_tuple(rt, ai.family, ai.host, ai.port);
    co_await gc_enter(&address);
    vsock_connect(rt, cfd, ai.host, ai.port);
    Value fut = create_future_on(rt, loop);
    co_await gc_enter(&fut);
    Value h = add_handler(rt, loop, cfd, false, sock_connect_cb, "BaseSelectorEventLoop._sock_connect_cb", loop,
                          make_tuple(rt, {fut, make_int(rt, cfd), address}));
    future_add_native_done_callback(rt, as_future(fut),
                                    NativeCallback{sock_write_done, "BaseSelectorEventLoop._sock_write_done", nullptr},
                                    h, Value());
    Outcome r = co_await await_future(rt, fut);
    co_await gc_leave(&fut);
    co_await gc_leave(&address);
    if (!r.failed()) {
      fd = cfd;
      break;
    }
    vsock_close(rt, cfd);
    if (!isinstance(rt, r.error, rt.t.OSError)) co_return r;
    excs.push_back(r.error);
  }
  if (fd < 0) {
    if (excs.size() == 1) co_return Outcome::err(excs[0]);
    std::vector<std::string> strs;
    for (const Value& e : excs) {
      Value s = str(rt, e);
      if (!s) co_return Outcome::from_error(rt);
      strs.push_back(std::string(str_view(s)));
    }
    bool same = true;
    for (const std::string& s : strs) same = same && s == strs[0];
    if (same) co_return Outcome::err(excs[0]);
    std::string msg = "Multiple exceptions: ";
    for (size_t i = 0; i < strs.size(); ++i) msg += (i ? ", " : "") + strs[i];
    rt.raise(rt.t.OSError, msg);
    co_return Outcome::from_error(rt);
  }
  // _create_connection_transport
  Value protocol = call(rt, factory, CallArgs{});
  if (!protocol) {
    vsock_close(rt, fd);
    co_return Outcome::from_error(rt);
  }
  co_await gc_visible(&protocol);
  Value waiter = create_future_on(rt, loop);
  co_await gc_visible(&waiter);
  Value transport = make_transport(rt, loop, fd, protocol, waiter, Value(), Value());
  if (!transport) co_return Outcome::from_error(rt);
  co_await gc_visible(&transport);
  Outcome r = co_await await_future(rt, waiter);
  if (r.failed()) {
    call_method(rt, transport, rt.intern("close"), {});
    rt.clear_error();
    co_return r;
  }
  co_return Outcome::ok(make_tuple(rt, {transport, protocol}));
}

struct ConnArgs {
  Value host, port;
  int family = 0;
};

static bool check_family(Runtime& rt, const Value& v, int* out) {
  if (!v || rt.is_none(v)) return true;
  int64_t f = 0;
  if (!index_int64(rt, v, &f)) return false;
  *out = static_cast<int>(f);
  return true;
}

static Value m_create_connection(Runtime& rt, const Value& self, CallArgs a) {
  Value args[15];
  if (!bind_args(rt, a, "BaseEventLoop.create_connection",
                 {"protocol_factory", "host", "port", "ssl", "family", "proto", "flags", "sock", "local_addr",
                  "server_hostname", "ssl_handshake_timeout", "ssl_shutdown_timeout", "happy_eyeballs_delay",
                  "interleave"},
                 3, 1, args)) {
    return nullptr;
  }
  auto given = [&](int i) { return args[i] && !rt.is_none(args[i]); };
  if (given(3) || given(9)) return unsupported(rt, "ssl");
  if (given(7)) return unsupported(rt, "sock=");
  if (given(8)) return unsupported(rt, "local_addr=");
  Value host = args[1] ? args[1] : rt.None(), port = args[2] ? args[2] : rt.None();
  if (rt.is_none(host) && rt.is_none(port)) {
    return rt.raise(rt.t.ValueError, "host and port was not specified and no sock specified");
  }
  int family = 0;
  if (!check_family(rt, args[4], &family)) return nullptr;
  return wrap_native(rt, "BaseEventLoop.create_connection",
                     create_connection_impl(rt, self, args[0], host, port, family));
}

static Value m_create_server(Runtime& rt, const Value& self, CallArgs a) {
  Value args[13];
  if (!bind_args(rt, a, "BaseEventLoop.create_server",
                 {"protocol_factory", "host", "port", "family", "flags", "sock", "backlog", "ssl", "reuse_address",
                  "reuse_port", "ssl_handshake_timeout", "ssl_shutdown_timeout", "start_serving"},
                 3, 1, args)) {
    return nullptr;
  }
  auto given = [&](int i) { return args[i] && !rt.is_none(args[i]); };
  if (given(7)) return unsupported(rt, "ssl");
  if (given(5)) return unsupported(rt, "sock=");
  Value host = args[1] ? args[1] : rt.None(), port = args[2] ? args[2] : rt.None();
  if (rt.is_none(host) && rt.is_none(port)) return rt.raise(rt.t.ValueError, "Neither host/port nor sock were specified");
  int family = 0;
  if (!check_family(rt, args[3], &family)) return nullptr;
  int64_t backlog = 100;
  if (given(6) && !index_int64(rt, args[6], &backlog)) return nullptr;
  bool start = true;
  if (args[12]) {
    int t = truthy(rt, args[12]);
    if (t < 0) return nullptr;
    start = t;
  }
  return wrap_native(rt, "BaseEventLoop.create_server",
                     create_server_impl(rt, self, args[0], host, port, family, backlog, start));
}

// --- asyncio.open_connection / start_server ---------------------------------------------------

static Value new_reader(Runtime& rt, const Value& limit, const Value& loop) {
  return call(rt, Value::borrow(stream_types(rt).reader), {limit, loop});
}
static Value new_srp(Runtime& rt, const Value& reader, const Value& cb, const Value& loop) {
  return call(rt, Value::borrow(stream_types(rt).reader_protocol), {reader, cb, loop});
}

// A protocol factory returning a fixed object (open_connection's `lambda: protocol`).
static Value const_factory(Runtime&, const Value& self, CallArgs) { return self; }

// The arguments of `async def f(a, b=None, c=None, *, limit=_DEFAULT_LIMIT, **kwds)`: `names`
// bound into out[] (null: not given), `limit`, and the other keywords to pass on.
struct StreamCall {
  Value out[3];
  Value limit;
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
};
static bool bind_stream_call(Runtime& rt, CallArgs a, const char* fname, const char* const names[3], size_t nrequired,
                             StreamCall* c) {
  auto fail = [&](const std::string& m) {
    rt.raise(rt.t.TypeError, std::string(fname) + "() " + m);
    mark_binding_error(rt);
    return false;
  };
  if (a.nargs > 3) {
    return fail("takes from " + std::to_string(nrequired) + " to 3 positional arguments but " +
                std::to_string(a.nargs) + " were given");
  }
  for (size_t i = 0; i < a.nargs; ++i) c->out[i] = a[i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    Value name = (*a.kwnames)[static_cast<int64_t>(k)];
    std::string_view n = str_view(name);
    bool bound = false;
    for (size_t i = 0; i < 3; ++i) {
      if (n != names[i]) continue;
      if (c->out[i]) return fail("got multiple values for argument '" + std::string(n) + "'");
      c->out[i] = a.kwvalues()[k];
      bound = true;
    }
    if (bound) continue;
    if (n == "limit") {
      c->limit = a.kwvalues()[k];
      continue;
    }
    c->kw_names.push_back(name);
    c->kw_values.push_back(a.kwvalues()[k]);
  }
  for (size_t i = 0; i < nrequired; ++i) {
    if (!c->out[i]) return fail("missing 1 required positional argument: '" + std::string(names[i]) + "'");
  }
  return true;
}

// loop.create_connection / create_server(factory, host, port, **kwds): the coroutine, or null.
static Value call_loop_method(Runtime& rt, NativeFn m, const Value& loop, const Value& factory, const Value& host,
                              const Value& port, const StreamCall& c) {
  std::vector<Value> args{factory, host ? host : rt.None(), port ? port : rt.None()};
  args.insert(args.end(), c.kw_values.begin(), c.kw_values.end());
  Value kwnames = make_tuple(rt, c.kw_names.data(), static_cast<int64_t>(c.kw_names.size()));
  return m(rt, loop, CallArgs{args.data(), 3, c.kw_names.empty() ? nullptr : as_tuple(kwnames)});
}

static Value m_create_connection(Runtime& rt, const Value& self, CallArgs a);
static Value m_create_server(Runtime& rt, const Value& self, CallArgs a);

struct StreamCallState : Object {
  StreamCall* call;
};
static TypeObject* stream_call_type(Runtime& rt) {
  return closure_state_type(
      rt, "asyncio.streams.call", "stream_call", sizeof(StreamCallState),
      [](Object* o) {
        auto* s = static_cast<StreamCallState*>(o);
        delete s->call;
        s->call = nullptr;
      },
      [](Object* o, Visitor& v) {
        auto* s = static_cast<StreamCallState*>(o);
        if (!s->call) return;
        for (const Value& x : s->call->out) v(x);
        v(s->call->limit);
        for (const Value& x : s->call->kw_values) v(x);
      });
}
static Value hold_call(Runtime& rt, StreamCall&& c) {
  auto* st = alloc<StreamCallState>(rt, stream_call_type(rt));
  Value v = Value::steal(st);
  gc_track(rt, st);
  st->call = new StreamCall(std::move(c));
  return v;
}
static StreamCall& held(const Value& v) { return *static_cast<StreamCallState*>(v.obj())->call; }

// streams.open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds)
static NativeCoro open_connection_impl(Runtime& rt, Value state) {
  co_await gc_visible(&state);
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  co_await gc_visible(&loop);
  StreamCall& c = held(state);
  Value reader = new_reader(rt, c.limit ? c.limit : make_int(rt, kDefaultLimit), loop);
  if (!reader) co_return Outcome::from_error(rt);
  co_await gc_visible(&reader);
  Value protocol = new_srp(rt, reader, rt.None(), loop);
  if (!protocol) co_return Outcome::from_error(rt);
  co_await gc_visible(&protocol);
  Value factory = make_builtin_function(rt, "open_connection.<locals>.<lambda>", const_factory, protocol);
  Value coro = call_loop_method(rt, m_create_connection, loop, factory, c.out[0], c.out[1], c);
  if (!coro) co_return Outcome::from_error(rt);
  co_await gc_visible(&coro);
  Delegate d(rt, coro);
  LS_AWAIT(io, d);
  if (io.failed()) co_return io;
  Value writer = new_writer(rt, as_tuple(io.value)->items()[0], protocol, reader, loop);
  if (!writer) co_return Outcome::from_error(rt);
  co_return Outcome::ok(make_tuple(rt, {reader, writer}));
}

static Value a_open_connection(Runtime& rt, const Value&, CallArgs a) {
  static const char* const kNames[3] = {"host", "port", ""};
  StreamCall c;
  if (!bind_stream_call(rt, a, "open_connection", kNames, 0, &c)) return nullptr;
  if (c.out[2]) {
    rt.raise(rt.t.TypeError, "open_connection() takes from 0 to 2 positional arguments but 3 were given");
    mark_binding_error(rt);
    return nullptr;
  }
  return wrap_native(rt, "open_connection", open_connection_impl(rt, hold_call(rt, std::move(c))));
}

// start_server's factory(): a StreamReader and a StreamReaderProtocol calling the callback.
struct FactoryState : Object {
  Value cb, loop, limit;
};
static Value server_factory(Runtime& rt, const Value& self, CallArgs) {
  auto* f = static_cast<FactoryState*>(self.obj());
  Value reader = new_reader(rt, f->limit, f->loop);
  if (!reader) return nullptr;
  return new_srp(rt, reader, f->cb, f->loop);
}

// streams.start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds)
static NativeCoro start_server_impl(Runtime& rt, Value state) {
  co_await gc_visible(&state);
  Value loop = get_running_loop(rt);
  if (!loop) {
    rt.raise(rt.t.RuntimeError, "no running event loop");
    co_return Outcome::from_error(rt);
  }
  co_await gc_visible(&loop);
  StreamCall& c = held(state);
  TypeObject* ft = closure_state_type(
      rt, "asyncio.streams.factory", "factory", sizeof(FactoryState),
      [](Object* o) {
        auto* f = static_cast<FactoryState*>(o);
        f->cb.reset();
        f->loop.reset();
        f->limit.reset();
      },
      [](Object* o, Visitor& v) {
        auto* f = static_cast<FactoryState*>(o);
        v(f->cb);
        v(f->loop);
        v(f->limit);
      });
  auto* fs = alloc<FactoryState>(rt, ft);
  Value fstate = Value::steal(fs);
  gc_track(rt, fs);
  fs->cb = c.out[0];
  fs->loop = loop;
  fs->limit = c.limit ? c.limit : make_int(rt, kDefaultLimit);
  Value factory = make_builtin_function(rt, "start_server.<locals>.factory", server_factory, fstate);
  Value coro = call_loop_method(rt, m_create_server, loop, factory, c.out[1], c.out[2], c);
  if (!coro) co_return Outcome::from_error(rt);
  co_await gc_visible(&coro);
  Delegate d(rt, coro);
  LS_AWAIT(io, d);
  co_return io;
}

static Value a_start_server(Runtime& rt, const Value&, CallArgs a) {
  static const char* const kNames[3] = {"client_connected_cb", "host", "port"};
  StreamCall c;
  if (!bind_stream_call(rt, a, "start_server", kNames, 1, &c)) return nullptr;
  return wrap_native(rt, "start_server", start_server_impl(rt, hold_call(rt, std::move(c))));
}

// ---------------------------------------------------------------------------------------------
// Type set-up

static Value obj_new(Runtime& rt, TypeObject* type, CallArgs) {
  Object* o = alloc_object(rt, type);
  Value v = Value::steal(o);
  gc_track(rt, o);
  return v;
}

static TypeObject* make_type(Runtime& rt, const char* name, TypeObject* base, size_t size, const char* module,
                             const MethodDef* methods, const GetSetDef* getsets, DeallocFn dealloc, TraverseFn traverse,
                             UnaryFn repr, InitFn init, UnaryFn aiter = nullptr, UnaryFn anext = nullptr,
                             FinalizeFn finalize = nullptr) {
  TypeSlots s;
  s.finalize = finalize;
  s.aiter = aiter;
  s.anext = anext;
  s.dealloc = dealloc ? dealloc : [](Object*) {};
  s.traverse = traverse ? traverse : [](Object*, Visitor&) {};
  s.clear = dealloc;
  s.repr = repr;
  s.new_ = obj_new;
  s.init = init;
  uint32_t flags = kTypeBaseType | kTypeHasDict | kTypeGc;  // an instance dict sits before the GC head
  TypeObject* t = make_builtin_type(rt, TypeSpec{name, base, size, flags, methods, getsets, module}, s);
  add_slot_wrappers(rt, t);
  return t;
}

static StreamTypes& stream_types(Runtime& rt) {
  auto it = rt.module_state.find("asyncio.stream_types");
  if (it != rt.module_state.end()) return *static_cast<StreamTypes*>(it->second.get());
  auto stp = std::make_shared<StreamTypes>();
  rt.module_state["asyncio.stream_types"] = stp;
  StreamTypes& t = *stp;
  asyncio_state(rt);
  {
    TypeSlots s;
    s.dealloc = [](Object*) {};
    s.repr = ts_repr;
    t.trsock = make_builtin_type(
        rt, TypeSpec{"TransportSocket", nullptr, sizeof(TrSockObject), 0, kTrSockMethods, kTrSockGetSets, "asyncio.trsock"},
        s);
  }
  {
    TypeSlots s;
    TypeObject* base = rt.t.OSError;
    t.gaierror = make_builtin_type(
        rt,
        TypeSpec{"gaierror", base, base->basicsize,
                 base->flags & (kTypeGc | kTypeHasDict | kTypeBaseType | kTypeIsException), nullptr, nullptr, "socket"},
        s);
    add_slot_wrappers(rt, t.gaierror);
  }
  t.base_protocol = make_type(rt, "BaseProtocol", nullptr, sizeof(Object), "asyncio.protocols", kBaseProtocolMethods,
                              nullptr, nullptr, nullptr, nullptr, nullptr);
  t.protocol = make_type(rt, "Protocol", t.base_protocol, sizeof(Object), "asyncio.protocols", kProtocolMethods,
                         nullptr, nullptr, nullptr, nullptr, nullptr);
  t.buffered_protocol = make_type(rt, "BufferedProtocol", t.base_protocol, sizeof(Object), "asyncio.protocols",
                                  kBufferedProtocolMethods, nullptr, nullptr, nullptr, nullptr, nullptr);
  t.datagram_protocol = make_type(rt, "DatagramProtocol", t.base_protocol, sizeof(Object), "asyncio.protocols",
                                  kDatagramProtocolMethods, nullptr, nullptr, nullptr, nullptr, nullptr);
  t.subprocess_protocol = make_type(rt, "SubprocessProtocol", t.base_protocol, sizeof(Object), "asyncio.protocols",
                                    kSubprocessProtocolMethods, nullptr, nullptr, nullptr, nullptr, nullptr);
  DeallocFn tr_dealloc = [](Object* o) {
    auto* x = static_cast<TransportObject*>(o);
    x->extra.reset();
    x->loop.reset();
    x->protocol.reset();
    x->server.reset();
    x->empty_waiter.reset();
  };
  TraverseFn tr_traverse = [](Object* o, Visitor& v) {
    auto* x = static_cast<TransportObject*>(o);
    v(x->extra);
    v(x->loop);
    v(x->protocol);
    v(x->server);
    v(x->empty_waiter);
  };
  t.base_transport = make_type(rt, "BaseTransport", nullptr, sizeof(TransportObject), "asyncio.transports",
                               kBaseTransportMethods, kBaseTransportGetSets, tr_dealloc, tr_traverse, nullptr, bt_init);
  t.read_transport = make_type(rt, "ReadTransport", t.base_transport, sizeof(TransportObject), "asyncio.transports",
                               kReadTransportMethods, nullptr, tr_dealloc, tr_traverse, nullptr, bt_init);
  t.write_transport = make_type(rt, "WriteTransport", t.base_transport, sizeof(TransportObject), "asyncio.transports",
                                kWriteTransportMethods, nullptr, tr_dealloc, tr_traverse, nullptr, bt_init);
  // Transport(ReadTransport, WriteTransport): one base here, WriteTransport's methods added.
  t.transport = make_type(rt, "Transport", t.read_transport, sizeof(TransportObject), "asyncio.transports",
                          kWriteTransportMethods, nullptr, tr_dealloc, tr_traverse, nullptr, bt_init);
  t.socket_transport = make_type(rt, "_SelectorSocketTransport", t.transport, sizeof(TransportObject),
                                 "asyncio.selector_events", kSocketTransportMethods, nullptr, tr_dealloc, tr_traverse,
                                 tr_repr, nullptr);
  t.reader = make_type(
      rt, "StreamReader", nullptr, sizeof(ReaderObject), "asyncio.streams", kReaderMethods, kReaderGetSets,
      [](Object* o) {
        auto* r = static_cast<ReaderObject*>(o);
        r->loop.reset();
        r->waiter.reset();
        r->exception.reset();
        r->transport.reset();
        delete r->buf;
        r->buf = nullptr;
      },
      [](Object* o, Visitor& v) {
        auto* r = static_cast<ReaderObject*>(o);
        v(r->loop);
        v(r->waiter);
        v(r->exception);
        v(r->transport);
      },
      rd_repr, reader_init, [](Runtime&, const Value& self) { return self; },
      [](Runtime& rt, const Value& self) { return wrap_native(rt, "StreamReader.__anext__", anext_impl(rt, self)); });
  t.reader_protocol = make_type(
      rt, "StreamReaderProtocol", t.protocol, sizeof(SRProtocolObject), "asyncio.streams", kSRPMethods, kSRPGetSets,
      [](Object* o) {
        auto* p = static_cast<SRProtocolObject*>(o);
        p->loop.reset();
        p->reader.reset();
        p->cb.reset();
        p->writer.reset();
        p->task.reset();
        p->transport.reset();
        p->closed.reset();
        delete p->drain_waiters;
        p->drain_waiters = nullptr;
      },
      [](Object* o, Visitor& v) {
        auto* p = static_cast<SRProtocolObject*>(o);
        v(p->loop);
        v(p->reader);
        v(p->cb);
        v(p->writer);
        v(p->task);
        v(p->transport);
        v(p->closed);
        if (p->drain_waiters)
          for (const Value& w : *p->drain_waiters) v(w);
      },
      nullptr, srp_init);
  t.writer = make_type(
      rt, "StreamWriter", nullptr, sizeof(WriterObject), "asyncio.streams", kWriterMethods, kWriterGetSets,
      [](Object* o) {
        auto* w = static_cast<WriterObject*>(o);
        w->transport.reset();
        w->protocol.reset();
        w->reader.reset();
        w->loop.reset();
        w->complete_fut.reset();
      },
      [](Object* o, Visitor& v) {
        auto* w = static_cast<WriterObject*>(o);
        v(w->transport);
        v(w->protocol);
        v(w->reader);
        v(w->loop);
        v(w->complete_fut);
      },
      wr_repr, writer_init, nullptr, nullptr, writer_finalize);
  t.server = make_type(
      rt, "Server", nullptr, sizeof(ServerObject), "asyncio.base_events", kServerMethods, kServerGetSets,
      [](Object* o) {
        auto* s = static_cast<ServerObject*>(o);
        s->loop.reset();
        s->factory.reset();
        s->serving_forever_fut.reset();
        delete s->socks;
        s->socks = nullptr;
        delete s->waiters;
        s->waiters = nullptr;
      },
      [](Object* o, Visitor& v) {
        auto* s = static_cast<ServerObject*>(o);
        v(s->loop);
        v(s->factory);
        v(s->serving_forever_fut);
        if (s->waiters)
          for (const Value& w : *s->waiters) v(w);
      },
      sv_repr, nullptr);
  return t;
}

static const MethodDef kLoopNetMethods[] = {
    {"create_connection", m_create_connection}, {"create_server", m_create_server}, {nullptr, nullptr}};

void add_stream_names(Runtime& rt, const Value& m) {
  StreamTypes& t = stream_types(rt);
  add_methods(rt, asyncio_state(rt).loop_type, kLoopNetMethods);
  // `async def` in CPython: iscoroutinefunction() is True for them
  for (NativeFn fn : {rd_read, rd_readline, rd_readuntil, rd_readexactly, wr_drain, wr_wait_closed, sv_start_serving,
                      sv_serve_forever, sv_wait_closed, sv_aenter, sv_aexit, srp_drain_helper}) {
    mark_coroutine_native(fn);
  }
  module_add(rt, m, "open_connection", make_builtin_function(rt, "open_connection", a_open_connection, m));
  module_add(rt, m, "start_server", make_builtin_function(rt, "start_server", a_start_server, m));
  module_add(rt, m, "StreamReader", Value::borrow(t.reader));
  module_add(rt, m, "StreamWriter", Value::borrow(t.writer));
  module_add(rt, m, "StreamReaderProtocol", Value::borrow(t.reader_protocol));
  module_add(rt, m, "Server", Value::borrow(t.server));
  module_add(rt, m, "BaseProtocol", Value::borrow(t.base_protocol));
  module_add(rt, m, "Protocol", Value::borrow(t.protocol));
  module_add(rt, m, "BufferedProtocol", Value::borrow(t.buffered_protocol));
  module_add(rt, m, "DatagramProtocol", Value::borrow(t.datagram_protocol));
  module_add(rt, m, "SubprocessProtocol", Value::borrow(t.subprocess_protocol));
  module_add(rt, m, "BaseTransport", Value::borrow(t.base_transport));
  module_add(rt, m, "ReadTransport", Value::borrow(t.read_transport));
  module_add(rt, m, "WriteTransport", Value::borrow(t.write_transport));
  module_add(rt, m, "Transport", Value::borrow(t.transport));
}

}  // namespace ls
