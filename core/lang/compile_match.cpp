// Compiler: match statements (PEP 634). The code shapes follow CPython 3.11's compile.c
// (compiler_match and the compiler_pattern_* family) so that the order of the subject checks,
// of the calls into user code (__eq__, __len__, get, __match_args__, attribute lookups) and of
// the name bindings is the same.
//
// While a pattern is tried, captured values stay on the stack (pc.stores names them) and are
// only stored into their variables once the whole pattern matched. A failing check jumps to
// pc.fail_pop[n], a label that pops the n items the pattern had pushed so far.
#include <vector>

#include "lang/compiler_impl.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace ls::compile {

using namespace ast;

namespace {

// `_` (WILDCARD_CHECK) and `*_` (WILDCARD_STAR_CHECK).
bool is_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchAs && p->as<MatchAs>()->name.empty() && !p->as<MatchAs>()->pattern;
}
bool is_wildcard_star(const Pattern* p) {
  return p->kind == PatternKind::MatchStar && p->as<MatchStar>()->name.empty();
}

// A value pattern or mapping key: a literal (maybe signed or complex) or a dotted name.
bool is_literal_expr(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant:
      return true;
    case ExprKind::UnaryOp:
      return e->as<UnaryOp>()->operand->kind == ExprKind::Constant;
    case ExprKind::BinOp: {
      const auto* b = e->as<ast::BinOp>();
      return is_literal_expr(b->left) && b->right->kind == ExprKind::Constant;
    }
    default:
      return false;
  }
}

}  // namespace

void Compiler::load_small_int(int64_t i) {
  Value v = make_int(rt_, i);
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(v, const_key(v))));
}

void Compiler::ensure_fail_pop(PatternContext& pc, size_t n) {
  while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(new_label());
}

// Jumps (with `op`) to the label popping everything the pattern pushed so far.
void Compiler::jump_to_fail_pop(PatternContext& pc, Op op) {
  size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  ensure_fail_pop(pc, pops);
  emit_jump(op, pc.fail_pop[pops]);
}

// Emits the fail_pop labels (each pops one item and falls into the next) and resets them.
void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
    bind(pc.fail_pop[n]);
    emit(Op::POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

// 3.10's ROT_N as SWAPs: moves TOS `count - 1` places down.
void Compiler::pattern_rotate(int count) {
  while (count > 1) emit(Op::SWAP, static_cast<uint32_t>(count--));
}

void Compiler::pattern_store_name(const std::string& name, PatternContext& pc) {
  if (name.empty()) {
    emit(Op::POP_TOP);
    return;
  }
  if (name == "__debug__") error("cannot assign to __debug__", pattern_loc_);
  for (const std::string& s : pc.stores) {
    if (s == name) error("multiple assignments to name '" + name + "' in pattern", pattern_loc_);
  }
  // Rotate this object underneath any items we need to preserve:
  pattern_rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

void Compiler::match_stmt(Match* s) {
  expr(s->subject);
  int end = new_label();
  size_t cases = s->cases.size();
  const MatchCase& lastc = s->cases.back();
  bool has_default = is_wildcard(lastc.pattern) && cases > 1;
  size_t tried = cases - (has_default ? 1 : 0);
  for (size_t i = 0; i < tried; ++i) {
    MatchCase& m = s->cases[i];
    set_loc(m.pattern->loc);
    bool last = i == tried - 1;
    // Only copy the subject if we're *not* on the last case:
    if (!last) emit(Op::COPY, 1);
    PatternContext pc;
    // Irrefutable cases must be either guarded, last, or both:
    pc.allow_irrefutable = m.guard != nullptr || i == cases - 1;
    pattern(m.pattern, pc);
    // It's a match! Store all of the captured names (they're on the stack).
    for (const std::string& n : pc.stores) nameop(n, Ctx::Store, m.pattern->loc);
    if (m.guard) {
      ensure_fail_pop(pc, 0);
      jump_if(m.guard, pc.fail_pop[0], false);
    }
    // Success! Pop the subject off, we're done with it:
    if (!last) emit(Op::POP_TOP);
    stmts(m.body);
    set_no_loc();
    if (u_->reachable) emit_jump(Op::JUMP_FORWARD, end);
    // A failed pattern's cleanup belongs to the pattern's line, not the body's last line.
    set_loc(m.pattern->loc);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    // A trailing `case _` needs no copy of the subject (it was consumed by the last try).
    set_loc(lastc.pattern->loc);
    if (cases == 1) emit(Op::POP_TOP);
    else emit(Op::NOP);
    if (lastc.guard) jump_if(lastc.guard, end, false);
    stmts(lastc.body);
  }
  bind(end);
}

void Compiler::pattern(Pattern* p, PatternContext& pc) {
  set_loc(p->loc);
  pattern_loc_ = p->loc;
  switch (p->kind) {
    case PatternKind::MatchValue:
      pattern_value(p->as<MatchValue>(), pc);
      break;
    case PatternKind::MatchSingleton:
      pattern_singleton(p->as<MatchSingleton>(), pc);
      break;
    case PatternKind::MatchSequence:
      pattern_sequence(p->as<MatchSequence>(), pc);
      break;
    case PatternKind::MatchMapping:
      pattern_mapping(p->as<MatchMapping>(), pc);
      break;
    case PatternKind::MatchClass:
      pattern_class(p->as<MatchClass>(), pc);
      break;
    case PatternKind::MatchStar:
      pattern_store_name(p->as<MatchStar>()->name, pc);
      break;
    case PatternKind::MatchAs:
      pattern_as(p->as<MatchAs>(), pc);
      break;
    case PatternKind::MatchOr:
      pattern_or(p->as<MatchOr>(), pc);
      break;
  }
}

// Like pattern(), but irrefutable sub-patterns are fine.
void Compiler::pattern_subpattern(Pattern* p, PatternContext& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow;
}

void Compiler::pattern_value(MatchValue* p, PatternContext& pc) {
  if (!is_literal_expr(p->value) && p->value->kind != ExprKind::Attribute) {
    error("patterns may only match literals and attribute lookups", pattern_loc_);
  }
  expr(p->value);
  emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
}

void Compiler::pattern_singleton(MatchSingleton* p, PatternContext& pc) {
  switch (p->value) {
    case ConstantKind::True: emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(rt_.True(), "T"))); break;
    case ConstantKind::False: emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(rt_.False(), "F"))); break;
    default: load_const_none(); break;
  }
  emit(Op::IS_OP, 0);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
}

void Compiler::pattern_as(MatchAs* p, PatternContext& pc) {
  if (!p->pattern) {
    // An irrefutable match:
    if (!pc.allow_irrefutable) {
      if (!p->name.empty()) error("name capture '" + p->name + "' makes remaining patterns unreachable", pattern_loc_);
      error("wildcard makes remaining patterns unreachable", pattern_loc_);
    }
    pattern_store_name(p->name, pc);
    return;
  }
  // Need to make a copy for (possibly) storing later:
  pc.on_top++;
  emit(Op::COPY, 1);
  pattern(p->pattern, pc);
  // Success! Store it:
  pc.on_top--;
  pattern_store_name(p->name, pc);
}

void Compiler::pattern_sequence(MatchSequence* p, PatternContext& pc) {
  std::vector<Pattern*>& patterns = p->patterns;
  int size = static_cast<int>(patterns.size());
  int star = -1;
  bool only_wildcard = true;
  bool star_wildcard = false;
  // Find a starred name, if it exists. There may be at most one:
  for (int i = 0; i < size; ++i) {
    Pattern* q = patterns[static_cast<size_t>(i)];
    if (q->kind == PatternKind::MatchStar) {
      if (star >= 0) error("multiple starred names in sequence pattern", pattern_loc_);
      star_wildcard = is_wildcard_star(q);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(q);
  }
  // We need to keep the subject on top during the sequence and length checks:
  pc.on_top++;
  emit(Op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (star < 0) {
    // No star: len(subject) == size
    emit(Op::GET_LEN);
    load_small_int(size);
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    // Star: len(subject) >= size - 1
    emit(Op::GET_LEN);
    load_small_int(size - 1);
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  // Whatever comes next should consume the subject:
  pc.on_top--;
  if (only_wildcard) {
    // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
    emit(Op::POP_TOP);
  } else if (star_wildcard) {
    // [first, *_, last]: index the subject instead of unpacking it.
    pc.on_top++;
    for (int i = 0; i < size; ++i) {
      Pattern* q = patterns[static_cast<size_t>(i)];
      if (is_wildcard(q) || i == star) continue;
      emit(Op::COPY, 1);
      if (i < star) {
        load_small_int(i);
      } else {
        // The subject may not support negative indexing! Compute a nonnegative index:
        emit(Op::GET_LEN);
        load_small_int(size - i);
        emit(Op::BINARY_OP, static_cast<uint32_t>(ls::BinOp::Sub));
      }
      emit(Op::BINARY_SUBSCR);
      pattern_subpattern(q, pc);
    }
    // Pop the subject, we're done with it:
    pc.on_top--;
    emit(Op::POP_TOP);
  } else {
    if (star < 0) {
      emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
    } else {
      if (star >= (1 << 8) || size - star - 1 >= (1 << 15)) {
        error("too many expressions in star-unpacking sequence pattern", pattern_loc_);
      }
      emit(Op::UNPACK_EX, static_cast<uint32_t>(star + ((size - star - 1) << 8)));
    }
    // We've now got a bunch of new subjects on the stack. They need to remain there after each
    // subpattern match:
    pc.on_top += size;
    for (int i = 0; i < size; ++i) {
      // One less item to keep track of each time we loop through:
      pc.on_top--;
      pattern_subpattern(patterns[static_cast<size_t>(i)], pc);
    }
  }
}

void Compiler::pattern_mapping(MatchMapping* p, PatternContext& pc) {
  std::vector<Expr*>& keys = p->keys;
  int size = static_cast<int>(keys.size());
  // We need to keep the subject on top during the mapping and length checks:
  pc.on_top++;
  emit(Op::MATCH_MAPPING);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  if (!size && p->rest.empty()) {
    // If the pattern is just "{}", we're done! Pop the subject:
    pc.on_top--;
    emit(Op::POP_TOP);
    return;
  }
  if (size) {
    // If the pattern has any keys in it, perform a length check:
    emit(Op::GET_LEN);
    load_small_int(size);
    emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge));
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  }
  // Collect all of the keys into a tuple for MATCH_KEYS and **rest. They can either be dotted
  // names or literals; literal keys must be distinct.
  std::vector<Value> seen;
  for (Expr* key : keys) {
    if (is_literal_expr(key)) {
      Value v = fold(key);
      if (v) {
        for (const Value& prev : seen) {
          int eq = equal(rt_, prev, v);
          if (eq < 0) {
            rt_.clear_error();
            continue;
          }
          if (eq) {
            std::string r;
            if (!repr_string(rt_, v, &r)) rt_.clear_error();
            error("mapping pattern checks duplicate key (" + r + ")", pattern_loc_);
          }
        }
        seen.push_back(std::move(v));
      }
    } else if (key->kind != ExprKind::Attribute) {
      error("mapping pattern keys may only match literals and attribute lookups", pattern_loc_);
    }
    expr(key);
  }
  emit(Op::BUILD_TUPLE, static_cast<uint32_t>(size));
  emit(Op::MATCH_KEYS);
  // There's now a tuple of keys and a tuple of values on top of the subject:
  pc.on_top += 2;
  emit(Op::COPY, 1);
  load_const_none();
  emit(Op::IS_OP, 1);
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  // So far so good. Use that tuple of values on the stack to match sub-patterns against:
  emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
  pc.on_top += size - 1;
  for (int i = 0; i < size; ++i) {
    pc.on_top--;
    pattern_subpattern(p->patterns[static_cast<size_t>(i)], pc);
  }
  // If we get this far, it's a match! Whatever happens next should consume the tuple of keys
  // and the subject:
  pc.on_top -= 2;
  if (!p->rest.empty()) {
    // rest = dict(subject); for key in keys: del rest[key]
    emit(Op::BUILD_MAP, 0);                                    // [subject, keys, empty]
    emit(Op::SWAP, 3);                                         // [empty, keys, subject]
    emit(Op::DICT_UPDATE, 2);                                  // [copy, keys]
    emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(size));    // [copy, keys...]
    while (size) {
      emit(Op::COPY, static_cast<uint32_t>(1 + size--));       // [copy, keys..., copy]
      emit(Op::SWAP, 2);                                       // [copy, keys..., copy, key]
      emit(Op::DELETE_SUBSCR);                                 // [copy, keys...]
    }
    pattern_store_name(p->rest, pc);
  } else {
    emit(Op::POP_TOP);  // Tuple of keys.
    emit(Op::POP_TOP);  // Subject.
  }
}

void Compiler::pattern_class(MatchClass* p, PatternContext& pc) {
  size_t nargs = p->patterns.size();
  size_t nattrs = p->kwd_attrs.size();
  if (nattrs) {
    for (size_t i = 0; i < nattrs; ++i) {
      const std::string& attr = p->kwd_attrs[i];
      if (attr == "__debug__") error("cannot assign to __debug__", p->kwd_patterns[i]->loc);
      for (size_t j = i + 1; j < nattrs; ++j) {
        if (p->kwd_attrs[j] == attr) {
          error("attribute name repeated in class pattern: " + attr, p->kwd_patterns[j]->loc);
        }
      }
    }
  }
  expr(p->cls);
  std::vector<Value> names;
  names.reserve(nattrs);
  for (const std::string& a : p->kwd_attrs) names.push_back(Value::borrow(rt_.intern(a)));
  Value tuple = make_tuple(rt_, names.data(), static_cast<int64_t>(names.size()));
  emit(Op::LOAD_CONST, static_cast<uint32_t>(add_const(tuple, const_key(tuple))));
  emit(Op::MATCH_CLASS, static_cast<uint32_t>(nargs));
  emit(Op::COPY, 1);
  load_const_none();
  emit(Op::IS_OP, 1);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None):
  pc.on_top++;
  jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
  emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(nargs + nattrs));
  pc.on_top += static_cast<int>(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; ++i) {
    pc.on_top--;
    Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(q)) {
      emit(Op::POP_TOP);
      continue;
    }
    pattern_subpattern(q, pc);
  }
}

void Compiler::pattern_or(MatchOr* p, PatternContext& pc) {
  int end = new_label();
  size_t size = p->patterns.size();
  // We're going to be messing with pc. Keep the original info handy:
  PatternContext old = pc;
  // control: the names bound by the first alternative. The others must bind the same names;
  // their values are reordered on the stack to control's order.
  std::vector<std::string> control;
  for (size_t i = 0; i < size; ++i) {
    Pattern* alt = p->patterns[i];
    set_loc(alt->loc);
    pc.stores.clear();
    // An irrefutable sub-pattern must be last, if it is allowed at all:
    pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    emit(Op::COPY, 1);
    pattern(alt, pc);
    // Success!
    size_t nstores = pc.stores.size();
    if (i == 0) {
      control = pc.stores;
    } else if (nstores != control.size()) {
      error("alternative patterns bind different names", pattern_loc_);
    } else if (nstores) {
      // There were captures. Check to see if we differ from control:
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        const std::string& name = control[icontrol];
        size_t istores = 0;
        while (istores < nstores && pc.stores[istores] != name) ++istores;
        if (istores == nstores) error("alternative patterns bind different names", pattern_loc_);
        if (icontrol != istores) {
          // Reorder the names on the stack to match the order of the names in control:
          //   rotated = stores[:rotations]; del stores[:rotations]
          //   stores[icontrol-istores:icontrol-istores] = rotated
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + static_cast<std::ptrdiff_t>(rotations));
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + static_cast<std::ptrdiff_t>(rotations));
          pc.stores.insert(pc.stores.begin() + static_cast<std::ptrdiff_t>(icontrol - istores), rotated.begin(),
                           rotated.end());
          // Do the same thing to the stack, using several rotations:
          while (rotations--) pattern_rotate(static_cast<int>(icontrol) + 1);
        }
      }
    }
    emit_jump(Op::JUMP_FORWARD, end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old;
  // No match. Pop the remaining copy of the subject and fail:
  emit(Op::POP_TOP);
  jump_to_fail_pop(pc, Op::JUMP_FORWARD);
  bind(end);
  size_t nstores = control.size();
  // There's a bunch of stuff on the stack between where the new stores are and where they need
  // to be: the other stores, a copy of the subject, anything else that may be on top of the
  // stack, and any previous stores we've already stashed away on the stack.
  int nrots = static_cast<int>(nstores) + 1 + pc.on_top + static_cast<int>(pc.stores.size());
  for (size_t i = 0; i < nstores; ++i) {
    // Rotate this capture to its proper place on the stack:
    pattern_rotate(nrots);
    // Update the list of previous stores with this new name, checking for duplicates:
    const std::string& name = control[i];
    for (const std::string& s : pc.stores) {
      if (s == name) error("multiple assignments to name '" + name + "' in pattern", pattern_loc_);
    }
    pc.stores.push_back(name);
  }
  // Pop the copy of the subject:
  emit(Op::POP_TOP);
}

}  // namespace ls::compile
