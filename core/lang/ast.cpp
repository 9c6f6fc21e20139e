// LoopScope front end: names of AST enumerations.
#include "ast.hpp"

namespace ls::ast {

const char* name(ExprKind k) {
  switch (k) {
    case ExprKind::BoolOp: return "BoolOp";
    case ExprKind::NamedExpr: return "NamedExpr";
    case ExprKind::BinOp: return "BinOp";
    case ExprKind::UnaryOp: return "UnaryOp";
    case ExprKind::Lambda: return "Lambda";
    case ExprKind::IfExp: return "IfExp";
    case ExprKind::Dict: return "Dict";
    case ExprKind::Set: return "Set";
    case ExprKind::ListComp: return "ListComp";
    case ExprKind::SetComp: return "SetComp";
    case ExprKind::DictComp: return "DictComp";
    case ExprKind::GeneratorExp: return "GeneratorExp";
    case ExprKind::Await: return "Await";
    case ExprKind::Yield: return "Yield";
    case ExprKind::YieldFrom: return "YieldFrom";
    case ExprKind::Compare: return "Compare";
    case ExprKind::Call: return "Call";
    case ExprKind::FormattedValue: return "FormattedValue";
    case ExprKind::JoinedStr: return "JoinedStr";
    case ExprKind::Constant: return "Constant";
    case ExprKind::Attribute: return "Attribute";
    case ExprKind::Subscript: return "Subscript";
    case ExprKind::Starred: return "Starred";
    case ExprKind::Name: return "Name";
    case ExprKind::List: return "List";
    case ExprKind::Tuple: return "Tuple";
    case ExprKind::Slice: return "Slice";
  }
  return "?";
}

const char* name(StmtKind k) {
  switch (k) {
    case StmtKind::FunctionDef: return "FunctionDef";
    case StmtKind::AsyncFunctionDef: return "AsyncFunctionDef";
    case StmtKind::ClassDef: return "ClassDef";
    case StmtKind::Return: return "Return";
    case StmtKind::Delete: return "Delete";
    case StmtKind::Assign: return "Assign";
    case StmtKind::AugAssign: return "AugAssign";
    case StmtKind::AnnAssign: return "AnnAssign";
    case StmtKind::For: return "For";
    case StmtKind::AsyncFor: return "AsyncFor";
    case StmtKind::While: return "While";
    case StmtKind::If: return "If";
    case StmtKind::With: return "With";
    case StmtKind::AsyncWith: return "AsyncWith";
    case StmtKind::Match: return "Match";
    case StmtKind::Raise: return "Raise";
    case StmtKind::Try: return "Try";
    case StmtKind::TryStar: return "TryStar";
    case StmtKind::Assert: return "Assert";
    case StmtKind::Import: return "Import";
    case StmtKind::ImportFrom: return "ImportFrom";
    case StmtKind::Global: return "Global";
    case StmtKind::Nonlocal: return "Nonlocal";
    case StmtKind::Expr: return "Expr";
    case StmtKind::Pass: return "Pass";
    case StmtKind::Break: return "Break";
    case StmtKind::Continue: return "Continue";
  }
  return "?";
}

const char* name(PatternKind k) {
  switch (k) {
    case PatternKind::MatchValue: return "MatchValue";
    case PatternKind::MatchSingleton: return "MatchSingleton";
    case PatternKind::MatchSequence: return "MatchSequence";
    case PatternKind::MatchMapping: return "MatchMapping";
    case PatternKind::MatchClass: return "MatchClass";
    case PatternKind::MatchStar: return "MatchStar";
    case PatternKind::MatchAs: return "MatchAs";
    case PatternKind::MatchOr: return "MatchOr";
  }
  return "?";
}

const char* name(ExprContext c) {
  switch (c) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}

const char* name(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }
const char* symbol(BoolOpKind k) { return k == BoolOpKind::And ? "and" : "or"; }

const char* name(OperatorKind k) {
  switch (k) {
    case OperatorKind::Add: return "Add";
    case OperatorKind::Sub: return "Sub";
    case OperatorKind::Mult: return "Mult";
    case OperatorKind::MatMult: return "MatMult";
    case OperatorKind::Div: return "Div";
    case OperatorKind::Mod: return "Mod";
    case OperatorKind::Pow: return "Pow";
    case OperatorKind::LShift: return "LShift";
    case OperatorKind::RShift: return "RShift";
    case OperatorKind::BitOr: return "BitOr";
    case OperatorKind::BitXor: return "BitXor";
    case OperatorKind::BitAnd: return "BitAnd";
    case OperatorKind::FloorDiv: return "FloorDiv";
  }
  return "?";
}

const char* symbol(OperatorKind k) {
  switch (k) {
    case OperatorKind::Add: return "+";
    case OperatorKind::Sub: return "-";
    case OperatorKind::Mult: return "*";
    case OperatorKind::MatMult: return "@";
    case OperatorKind::Div: return "/";
    case OperatorKind::Mod: return "%";
    case OperatorKind::Pow: return "**";
    case OperatorKind::LShift: return "<<";
    case OperatorKind::RShift: return ">>";
    case OperatorKind::BitOr: return "|";
    case OperatorKind::BitXor: return "^";
    case OperatorKind::BitAnd: return "&";
    case OperatorKind::FloorDiv: return "//";
  }
  return "?";
}

const char* name(UnaryOpKind k) {
  switch (k) {
    case UnaryOpKind::Invert: return "Invert";
    case UnaryOpKind::Not: return "Not";
    case UnaryOpKind::UAdd: return "UAdd";
    case UnaryOpKind::USub: return "USub";
  }
  return "?";
}

const char* symbol(UnaryOpKind k) {
  switch (k) {
    case UnaryOpKind::Invert: return "~";
    case UnaryOpKind::Not: return "not";
    case UnaryOpKind::UAdd: return "+";
    case UnaryOpKind::USub: return "-";
  }
  return "?";
}

const char* name(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq: return "Eq";
    case CmpOpKind::NotEq: return "NotEq";
    case CmpOpKind::Lt: return "Lt";
    case CmpOpKind::LtE: return "LtE";
    case CmpOpKind::Gt: return "Gt";
    case CmpOpKind::GtE: return "GtE";
    case CmpOpKind::Is: return "Is";
    case CmpOpKind::IsNot: return "IsNot";
    case CmpOpKind::In: return "In";
    case CmpOpKind::NotIn: return "NotIn";
  }
  return "?";
}

const char* symbol(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Eq: return "==";
    case CmpOpKind::NotEq: return "!=";
    case CmpOpKind::Lt: return "<";
    case CmpOpKind::LtE: return "<=";
    case CmpOpKind::Gt: return ">";
    case CmpOpKind::GtE: return ">=";
    case CmpOpKind::Is: return "is";
    case CmpOpKind::IsNot: return "is not";
    case CmpOpKind::In: return "in";
    case CmpOpKind::NotIn: return "not in";
  }
  return "?";
}

}  // namespace ls::ast
