#include "object/gc.hpp"
#include "object/weakref.hpp"

#include <vector>

namespace ls {

void gc_track(Runtime& rt, Object* o) {
  if (o->flags & kGcTracked) return;
  GCHead* h = gc_head(o);
  GCHead* list = &rt.heap.gc_list;
  h->prev = list->prev;
  h->next = list;
  list->prev->next = h;
  list->prev = h;
  o->flags |= kGcTracked;
  ++rt.heap.gc_tracked;
  ++rt.heap.gc_allocs;
}

void gc_untrack(Runtime& rt, Object* o) {
  if (!(o->flags & kGcTracked)) return;
  GCHead* h = gc_head(o);
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->prev = h->next = nullptr;
  o->flags &= ~kGcTracked;
  --rt.heap.gc_tracked;
}

// Visits everything an object owns: its instance dict, its class (program-defined classes are
// owned by their instances) and whatever its type's traverse slot reports.
void gc_traverse(Object* o, Visitor& v) {
  TypeObject* t = o->type;
  if (t->flags & kTypeHasDict) v(*instance_dict_slot(o));
  if (t->slots_begin) {
    auto* p = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->slots_begin);
    auto* end = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->basicsize);
    for (; p < end; ++p) v(*p);
  }
  if (t->flags & kTypeHeapType) v.visit(t);
  if (t->slots.traverse) t->slots.traverse(o, v);
}

void gc_clear_object(Object* o) {
  TypeObject* t = o->type;
  if (t->flags & kTypeHasDict) {
    Value d = std::move(*instance_dict_slot(o));
  }
  if (t->slots_begin) {
    auto* p = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->slots_begin);
    auto* end = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + t->basicsize);
    for (; p < end; ++p) {
      Value gone = std::move(*p);
    }
  }
  if (t->slots.clear) t->slots.clear(o);
}

namespace {

// CPython's gcmodule.c, list for list: the collector works on linked lists of GC heads and moves
// objects between them, so the order of the runtime's list -- and with it the order in which a
// later collection finalizes garbage -- evolves as CPython's does. kGcReachable marks an object as
// "collecting" (in the set being examined and not yet found reachable: CPython's
// PREV_MASK_COLLECTING), kGcUnreachable as tentatively unreachable (NEXT_MASK_UNREACHABLE).
constexpr uint32_t kCollecting = kGcReachable;

void list_init(GCHead* l) { l->prev = l->next = l; }
bool list_empty(GCHead* l) { return l->next == l; }
void list_unlink(GCHead* h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
}
void list_append(GCHead* h, GCHead* l) {
  h->prev = l->prev;
  h->next = l;
  l->prev->next = h;
  l->prev = h;
}
void list_move(GCHead* h, GCHead* to) {
  list_unlink(h);
  list_append(h, to);
}
// Appends all of `from` to the end of `to`; `from` is left empty.
void list_merge(GCHead* from, GCHead* to) {
  if (list_empty(from)) return;
  GCHead* first = from->next;
  GCHead* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  list_init(from);
}

// update_refs: every object of the set starts from its reference count (minus the caller's
// reference to `held`) and is marked collecting.
void update_refs(GCHead* list, Object* held) {
  for (GCHead* h = list->next; h != list; h = h->next) {
    Object* o = gc_object(h);
    h->refs = static_cast<int64_t>(o->refcnt) - (o == held ? 1 : 0);
    o->flags |= kCollecting;
  }
}

struct SubtractInternal final : Visitor {
  size_t edges = 0;  // references followed: the work a collection of this heap costs
  void visit(Object* o) override {
    ++edges;
    if ((o->flags & kGcTracked) && (o->flags & kCollecting)) --gc_head(o)->refs;
  }
};

// subtract_refs: what is left is the number of references from outside the set.
size_t subtract_refs(GCHead* list) {
  SubtractInternal sub;
  for (GCHead* h = list->next; h != list; h = h->next) gc_traverse(gc_object(h), sub);
  return sub.edges;
}

// visit_reachable: an object referenced by one found reachable is reachable; if the scan had
// already moved it to the unreachable list, it goes back to the end of the young list, where the
// scan reaches it again (this is what reorders CPython's list: an object only its referrers keep
// ends up after them).
struct VisitReachable final : Visitor {
  GCHead* young;
  void visit(Object* o) override {
    if (!(o->flags & kGcTracked) || !(o->flags & kCollecting)) return;
    GCHead* h = gc_head(o);
    if (o->flags & kGcUnreachable) {
      o->flags &= ~kGcUnreachable;
      list_move(h, young);
      h->refs = 1;
    } else if (h->refs == 0) {
      h->refs = 1;
    }
  }
};

// move_unreachable: scans `young` in order; an object with references from outside is
// reachable (and so is what it references), one without is moved to `unreachable` until
// something reachable turns out to reference it.
void move_unreachable(GCHead* young, GCHead* unreachable) {
  VisitReachable vr;
  vr.young = young;
  GCHead* h = young->next;
  while (h != young) {
    Object* o = gc_object(h);
    if (h->refs > 0) {
      gc_traverse(o, vr);  // may append to young: read h->next afterwards
      o->flags &= ~kCollecting;
      h = h->next;
    } else {
      GCHead* next = h->next;
      list_move(h, unreachable);
      o->flags |= kGcUnreachable;
      h = next;
    }
  }
  for (GCHead* u = unreachable->next; u != unreachable; u = u->next) gc_object(u)->flags &= ~kGcUnreachable;
}

size_t deduce_unreachable(GCHead* young, GCHead* unreachable, Object* held) {
  update_refs(young, held);
  size_t edges = subtract_refs(young);
  move_unreachable(young, unreachable);
  return edges;
}

void list_clear_collecting(GCHead* list) {
  for (GCHead* h = list->next; h != list; h = h->next) gc_object(h)->flags &= ~kCollecting;
}

}  // namespace

size_t gc_collect(Runtime& rt) { return gc_collect_holding(rt, nullptr); }

// gc_collect_main of CPython 3.11 (a full collection: the runtime keeps one generation).
size_t gc_collect_holding(Runtime& rt, Object* held) {
  Heap& heap = rt.heap;
  if (heap.gc_running) return 0;
  heap.gc_running = true;
  heap.gc_allocs = 0;

  GCHead* young = &heap.gc_list;
  GCHead unreachable;
  list_init(&unreachable);
  size_t edges = deduce_unreachable(young, &unreachable, held);
  size_t freed = 0;
  if (!list_empty(&unreachable)) {
    // handle_weakrefs: weak references to the garbage are cleared before anything runs, then the
    // callbacks of those that are not garbage themselves are called.
    gc_handle_weakrefs(rt, &unreachable,
                       [](Object* r) { return (r->flags & kGcTracked) && (r->flags & kCollecting) != 0; });
    // finalize_garbage: tp_finalize of each in list order, once (PEP 442). Nothing keeps the
    // garbage alive but its own cycles: a finalizer that drops the last reference to another
    // object of the set frees it there and then (its finalizer runs from its deallocation, and
    // freeing unlinks it from the list), as in CPython.
    GCHead seen;
    list_init(&seen);
    while (!list_empty(&unreachable)) {
      GCHead* h = unreachable.next;
      Object* o = gc_object(h);
      list_move(h, &seen);
      if (o->type->slots.finalize && !(o->flags & kFinalized)) {
        o->flags |= kFinalized;
        incref(o);
        o->type->slots.finalize(rt, o);
        decref(o);
      }
    }
    list_merge(&seen, &unreachable);
    // handle_resurrected_objects: a finalizer may have stored a reference to the garbage
    // somewhere live; what is now reachable from outside goes back to the runtime's list.
    list_clear_collecting(&unreachable);
    GCHead still;
    list_init(&still);
    deduce_unreachable(&unreachable, &still, held);
    list_merge(&unreachable, young);
    // delete_garbage: tp_clear in list order; whatever clearing frees is unlinked as it goes, an
    // object that survives its clear (kept by one cleared later) goes back to the runtime's list.
    for (GCHead* h = still.next; h != &still; h = h->next) ++freed;
    while (!list_empty(&still)) {
      GCHead* h = still.next;
      Object* o = gc_object(h);
      incref(o);
      gc_clear_object(o);
      decref(o);
      if (still.next == h) {
        o->flags &= ~kCollecting;
        list_move(h, young);
      }
    }
  }
  // The next collection waits for as many new containers as there are live ones, and at least a
  // quarter as many as the references this one followed: the collector does not generations, so
  // this keeps its cost per allocation bounded when a few big containers (a list of a million
  // items) are live -- CPython's full collections wait for the same kind of ratio.
  size_t next = heap.gc_tracked > 10000 ? heap.gc_tracked : 10000;
  if (edges / 4 > next) next = edges / 4;
  heap.gc_threshold = next;
  heap.gc_running = false;
  return freed;
}

void gc_clear_all(Runtime& rt) {
  Heap& heap = rt.heap;
  heap.gc_running = true;
  for (int round = 0; round < 4 && heap.gc_tracked > 0; ++round) {
    std::vector<Object*> all;
    all.reserve(heap.gc_tracked);
    for (GCHead* h = heap.gc_list.next; h != &heap.gc_list; h = h->next) {
      Object* o = gc_object(h);
      // Built-in types are destroyed last, by the runtime itself.
      if (o->type == rt.t.type && !(static_cast<TypeObject*>(o)->flags & kTypeHeapType)) continue;
      all.push_back(o);
    }
    if (all.empty()) break;
    for (Object* o : all) incref(o);
    for (Object* o : all) {
      o->flags |= kFinalized;  // no finalizers during teardown
      gc_clear_object(o);
    }
    for (Object* o : all) decref(o);
  }
  heap.gc_running = false;
}

}  // namespace ls
