// The bytecode: one 32-bit word per instruction, opcode in the low 8 bits and its argument in the
// high 24. Jump arguments are absolute instruction indexes. The set follows CPython 3.11's (same
// names where the meaning is the same) so compile.c is a faithful guide to code generation.
#pragma once

#include <cstdint>

namespace ls {

#define LS_OPCODES(X)                                                                              \
  X(NOP)                                                                                           \
  X(POP_TOP)                                                                                       \
  X(PUSH_NULL)                                                                                     \
  X(COPY)                 /* push stack[-arg] */                                                   \
  X(SWAP)                 /* swap TOS with stack[-arg] */                                          \
  X(LOAD_CONST)                                                                                    \
  X(LOAD_FAST)                                                                                     \
  X(STORE_FAST)                                                                                    \
  X(DELETE_FAST)                                                                                   \
  X(LOAD_DEREF)           /* cell/free variable: localsplus[arg] holds the cell */                 \
  X(STORE_DEREF)                                                                                   \
  X(DELETE_DEREF)                                                                                  \
  X(LOAD_CLOSURE)         /* push the cell itself */                                               \
  X(LOAD_CLASSDEREF)      /* class body: locals dict first, then the cell */                       \
  X(LOAD_NAME)                                                                                     \
  X(STORE_NAME)                                                                                    \
  X(DELETE_NAME)                                                                                   \
  X(LOAD_GLOBAL)          /* arg = name index; pushes the value */                                 \
  X(STORE_GLOBAL)                                                                                  \
  X(DELETE_GLOBAL)                                                                                 \
  X(LOAD_ATTR)                                                                                     \
  X(STORE_ATTR)                                                                                    \
  X(DELETE_ATTR)                                                                                   \
  X(LOAD_METHOD)          /* obj -> [meth, obj] or [NULL, attr] */                                 \
  X(KW_NAMES)             /* arg = const index of the keyword-name tuple for the next CALL */       \
  X(CALL)                 /* [NULL|meth, callable|self, args...] -> result; arg = argc (+kw) */    \
  X(CALL_FUNCTION_EX)     /* [NULL, func, args_tuple, (kwargs)] ; arg & 1: has kwargs */            \
  X(BINARY_OP)            /* arg = BinOp, + 16 for the in-place form */                            \
  X(COMPARE_OP)           /* arg = CmpOp */                                                        \
  X(IS_OP)                /* arg 1 = is not */                                                     \
  X(CONTAINS_OP)          /* arg 1 = not in */                                                     \
  X(UNARY_NEGATIVE)                                                                                \
  X(UNARY_POSITIVE)                                                                                \
  X(UNARY_NOT)                                                                                     \
  X(UNARY_INVERT)                                                                                  \
  X(BINARY_SUBSCR)                                                                                 \
  X(STORE_SUBSCR)         /* [value, container, key] */                                            \
  X(DELETE_SUBSCR)                                                                                 \
  X(BUILD_SLICE)                                                                                   \
  X(BUILD_TUPLE)                                                                                   \
  X(BUILD_LIST)                                                                                    \
  X(BUILD_SET)                                                                                     \
  X(BUILD_MAP)                                                                                     \
  X(BUILD_CONST_KEY_MAP)                                                                           \
  X(BUILD_STRING)                                                                                  \
  X(LIST_APPEND)          /* list at stack[-arg-1] (after popping the value) */                    \
  X(SET_ADD)                                                                                       \
  X(MAP_ADD)                                                                                       \
  X(LIST_EXTEND)                                                                                   \
  X(SET_UPDATE)                                                                                    \
  X(DICT_UPDATE)                                                                                   \
  X(DICT_MERGE)           /* like DICT_UPDATE but duplicate keys are an error (calls) */           \
  X(LIST_TO_TUPLE)                                                                                 \
  X(UNPACK_SEQUENCE)                                                                               \
  X(UNPACK_EX)            /* arg = before | after << 8 */                                          \
  X(FORMAT_VALUE)         /* arg & 3: conversion (0 none, 1 str, 2 repr, 3 ascii); & 4: spec */    \
  X(JUMP_FORWARD)                                                                                  \
  X(JUMP_BACKWARD)        /* checks the step budget */                                             \
  X(POP_JUMP_IF_FALSE)                                                                             \
  X(POP_JUMP_IF_TRUE)                                                                              \
  X(POP_JUMP_IF_NONE)                                                                              \
  X(POP_JUMP_IF_NOT_NONE)                                                                          \
  X(JUMP_IF_FALSE_OR_POP)                                                                          \
  X(JUMP_IF_TRUE_OR_POP)                                                                           \
  X(GET_ITER)                                                                                      \
  X(FOR_ITER)             /* exhausted: pop the iterator and jump to arg */                        \
  X(RETURN_VALUE)                                                                                  \
  X(MAKE_FUNCTION)        /* arg: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure */            \
  X(LOAD_BUILD_CLASS)                                                                              \
  X(IMPORT_NAME)          /* [level, fromlist] -> module */                                        \
  X(IMPORT_FROM)                                                                                   \
  X(IMPORT_STAR)                                                                                   \
  X(RAISE_VARARGS)                                                                                 \
  X(RERAISE)              /* arg 1: restore lasti from the stack */                                \
  X(PUSH_EXC_INFO)                                                                                 \
  X(POP_EXCEPT)                                                                                    \
  X(CHECK_EXC_MATCH)                                                                               \
  X(CHECK_EG_MATCH)                                                                                \
  X(PREP_RERAISE_STAR)                                                                             \
  X(WITH_EXCEPT_START)                                                                             \
  X(BEFORE_WITH)                                                                                   \
  X(BEFORE_ASYNC_WITH)                                                                             \
  X(LOAD_ASSERTION_ERROR)                                                                          \
  X(YIELD_VALUE)          /* arg 1: part of a yield from / await loop */                           \
  X(SEND)                 /* [receiver, value]: returns -> pop, push result, jump arg */           \
  X(GET_AWAITABLE)        /* arg: 1 after __aenter__, 2 after __aexit__ (error messages) */        \
  X(GET_AITER)                                                                                     \
  X(GET_ANEXT)                                                                                     \
  X(END_ASYNC_FOR)                                                                                 \
  X(ASYNC_GEN_WRAP)                                                                                \
  X(GET_YIELD_FROM_ITER)                                                                           \
  X(SETUP_ANNOTATIONS)                                                                             \
  X(LOAD_LOCALS)                                                                                   \
  X(RETURN_GENERATOR)     /* unused: generators are created at call time */                        \
  X(CALL_INTRINSIC)       /* arg = Intrinsic */                                                  \
  X(GET_LEN)              /* push len(TOS), TOS stays */                                           \
  X(MATCH_MAPPING)        /* push whether TOS is a mapping (match statements) */                   \
  X(MATCH_SEQUENCE)       /* push whether TOS is a sequence (not str/bytes/bytearray) */           \
  X(MATCH_KEYS)           /* [subject, keys] -> [subject, keys, values tuple or None] */           \
  X(MATCH_CLASS)          /* [subject, cls, kw names] -> attrs tuple or None; arg = positionals */

enum class Op : uint8_t {
#define X(name) name,
  LS_OPCODES(X)
#undef X
      Count
};

const char* op_name(Op op);

constexpr uint32_t encode(Op op, uint32_t arg = 0) { return static_cast<uint32_t>(op) | (arg << 8); }
constexpr Op op_of(uint32_t w) { return static_cast<Op>(w & 0xff); }
constexpr uint32_t arg_of(uint32_t w) { return w >> 8; }

constexpr uint32_t kMaxArg = (1u << 24) - 1;

// Small helpers the compiler calls through CALL_INTRINSIC.
enum class Intrinsic : uint8_t {
  PrintExpr,
  StopIterationError,  // turns StopIteration raised in a generator into RuntimeError
  UnaryPositive,
  ListToTuple,
  ImportStar,
};

}  // namespace ls
