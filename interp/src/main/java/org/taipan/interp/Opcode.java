package org.taipan.interp;

/**
 * The CPython 3.11 instruction set: opcode numbers, the number of inline cache entries that
 * follow each instruction, and the compiler's pseudo-instructions (numbers above 255, removed by
 * the assembler), as CPython's {@code Include/opcode.h} and {@code Lib/opcode.py}.
 */
public final class Opcode {
  private Opcode() {}

  public static final int CACHE = 0;
  public static final int POP_TOP = 1;
  public static final int PUSH_NULL = 2;
  public static final int NOP = 9;
  public static final int UNARY_POSITIVE = 10;
  public static final int UNARY_NEGATIVE = 11;
  public static final int UNARY_NOT = 12;
  public static final int UNARY_INVERT = 15;
  public static final int BINARY_SUBSCR = 25;
  public static final int GET_LEN = 30;
  public static final int MATCH_MAPPING = 31;
  public static final int MATCH_SEQUENCE = 32;
  public static final int MATCH_KEYS = 33;
  public static final int PUSH_EXC_INFO = 35;
  public static final int CHECK_EXC_MATCH = 36;
  public static final int CHECK_EG_MATCH = 37;
  public static final int WITH_EXCEPT_START = 49;
  public static final int GET_AITER = 50;
  public static final int GET_ANEXT = 51;
  public static final int BEFORE_ASYNC_WITH = 52;
  public static final int BEFORE_WITH = 53;
  public static final int END_ASYNC_FOR = 54;
  public static final int STORE_SUBSCR = 60;
  public static final int DELETE_SUBSCR = 61;
  public static final int GET_ITER = 68;
  public static final int GET_YIELD_FROM_ITER = 69;
  public static final int PRINT_EXPR = 70;
  public static final int LOAD_BUILD_CLASS = 71;
  public static final int LOAD_ASSERTION_ERROR = 74;
  public static final int RETURN_GENERATOR = 75;
  public static final int LIST_TO_TUPLE = 82;
  public static final int RETURN_VALUE = 83;
  public static final int IMPORT_STAR = 84;
  public static final int SETUP_ANNOTATIONS = 85;
  public static final int YIELD_VALUE = 86;
  public static final int ASYNC_GEN_WRAP = 87;
  public static final int PREP_RERAISE_STAR = 88;
  public static final int POP_EXCEPT = 89;
  public static final int STORE_NAME = 90;
  public static final int DELETE_NAME = 91;
  public static final int UNPACK_SEQUENCE = 92;
  public static final int FOR_ITER = 93;
  public static final int UNPACK_EX = 94;
  public static final int STORE_ATTR = 95;
  public static final int DELETE_ATTR = 96;
  public static final int STORE_GLOBAL = 97;
  public static final int DELETE_GLOBAL = 98;
  public static final int SWAP = 99;
  public static final int LOAD_CONST = 100;
  public static final int LOAD_NAME = 101;
  public static final int BUILD_TUPLE = 102;
  public static final int BUILD_LIST = 103;
  public static final int BUILD_SET = 104;
  public static final int BUILD_MAP = 105;
  public static final int LOAD_ATTR = 106;
  public static final int COMPARE_OP = 107;
  public static final int IMPORT_NAME = 108;
  public static final int IMPORT_FROM = 109;
  public static final int JUMP_FORWARD = 110;
  public static final int JUMP_IF_FALSE_OR_POP = 111;
  public static final int JUMP_IF_TRUE_OR_POP = 112;
  public static final int POP_JUMP_FORWARD_IF_FALSE = 114;
  public static final int POP_JUMP_FORWARD_IF_TRUE = 115;
  public static final int LOAD_GLOBAL = 116;
  public static final int IS_OP = 117;
  public static final int CONTAINS_OP = 118;
  public static final int RERAISE = 119;
  public static final int COPY = 120;
  public static final int BINARY_OP = 122;
  public static final int SEND = 123;
  public static final int LOAD_FAST = 124;
  public static final int STORE_FAST = 125;
  public static final int DELETE_FAST = 126;
  public static final int POP_JUMP_FORWARD_IF_NOT_NONE = 128;
  public static final int POP_JUMP_FORWARD_IF_NONE = 129;
  public static final int RAISE_VARARGS = 130;
  public static final int GET_AWAITABLE = 131;
  public static final int MAKE_FUNCTION = 132;
  public static final int BUILD_SLICE = 133;
  public static final int JUMP_BACKWARD_NO_INTERRUPT = 134;
  public static final int MAKE_CELL = 135;
  public static final int LOAD_CLOSURE = 136;
  public static final int LOAD_DEREF = 137;
  public static final int STORE_DEREF = 138;
  public static final int DELETE_DEREF = 139;
  public static final int JUMP_BACKWARD = 140;
  public static final int CALL_FUNCTION_EX = 142;
  public static final int EXTENDED_ARG = 144;
  public static final int LIST_APPEND = 145;
  public static final int SET_ADD = 146;
  public static final int MAP_ADD = 147;
  public static final int LOAD_CLASSDEREF = 148;
  public static final int COPY_FREE_VARS = 149;
  public static final int RESUME = 151;
  public static final int MATCH_CLASS = 152;
  public static final int FORMAT_VALUE = 155;
  public static final int BUILD_CONST_KEY_MAP = 156;
  public static final int BUILD_STRING = 157;
  public static final int LOAD_METHOD = 160;
  public static final int LIST_EXTEND = 162;
  public static final int SET_UPDATE = 163;
  public static final int DICT_MERGE = 164;
  public static final int DICT_UPDATE = 165;
  public static final int PRECALL = 166;
  public static final int CALL = 171;
  public static final int KW_NAMES = 172;
  public static final int POP_JUMP_BACKWARD_IF_NOT_NONE = 173;
  public static final int POP_JUMP_BACKWARD_IF_NONE = 174;
  public static final int POP_JUMP_BACKWARD_IF_FALSE = 175;
  public static final int POP_JUMP_BACKWARD_IF_TRUE = 176;

  /** First opcode with an argument. */
  public static final int HAVE_ARGUMENT = 90;

  // Pseudo-instructions, resolved by the assembler.
  public static final int SETUP_FINALLY = 256;
  public static final int SETUP_CLEANUP = 257;
  public static final int SETUP_WITH = 258;
  public static final int POP_BLOCK = 259;
  public static final int JUMP = 260;
  public static final int JUMP_NO_INTERRUPT = 261;
  public static final int POP_JUMP_IF_FALSE = 262;
  public static final int POP_JUMP_IF_TRUE = 263;
  public static final int POP_JUMP_IF_NONE = 264;
  public static final int POP_JUMP_IF_NOT_NONE = 265;

  private static final int[] CACHES = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    10, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  };

  private static final String[] NAMES = {
    "CACHE", "POP_TOP", "PUSH_NULL", "<3>", "<4>", "<5>", "<6>", "<7>",
    "<8>", "NOP", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT", "<13>", "<14>", "UNARY_INVERT",
    "<16>", "<17>", "<18>", "<19>", "<20>", "<21>", "<22>", "<23>",
    "<24>", "BINARY_SUBSCR", "<26>", "<27>", "<28>", "<29>", "GET_LEN", "MATCH_MAPPING",
    "MATCH_SEQUENCE", "MATCH_KEYS", "<34>", "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "<38>", "<39>",
    "<40>", "<41>", "<42>", "<43>", "<44>", "<45>", "<46>", "<47>",
    "<48>", "WITH_EXCEPT_START", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH", "BEFORE_WITH", "END_ASYNC_FOR", "<55>",
    "<56>", "<57>", "<58>", "<59>", "STORE_SUBSCR", "DELETE_SUBSCR", "<62>", "<63>",
    "<64>", "<65>", "<66>", "<67>", "GET_ITER", "GET_YIELD_FROM_ITER", "PRINT_EXPR", "LOAD_BUILD_CLASS",
    "<72>", "<73>", "LOAD_ASSERTION_ERROR", "RETURN_GENERATOR", "<76>", "<77>", "<78>", "<79>",
    "<80>", "<81>", "LIST_TO_TUPLE", "RETURN_VALUE", "IMPORT_STAR", "SETUP_ANNOTATIONS", "YIELD_VALUE", "ASYNC_GEN_WRAP",
    "PREP_RERAISE_STAR", "POP_EXCEPT", "STORE_NAME", "DELETE_NAME", "UNPACK_SEQUENCE", "FOR_ITER", "UNPACK_EX", "STORE_ATTR",
    "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL", "SWAP", "LOAD_CONST", "LOAD_NAME", "BUILD_TUPLE", "BUILD_LIST",
    "BUILD_SET", "BUILD_MAP", "LOAD_ATTR", "COMPARE_OP", "IMPORT_NAME", "IMPORT_FROM", "JUMP_FORWARD", "JUMP_IF_FALSE_OR_POP",
    "JUMP_IF_TRUE_OR_POP", "<113>", "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "LOAD_GLOBAL", "IS_OP", "CONTAINS_OP", "RERAISE",
    "COPY", "<121>", "BINARY_OP", "SEND", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "<127>",
    "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_FORWARD_IF_NONE", "RAISE_VARARGS", "GET_AWAITABLE", "MAKE_FUNCTION", "BUILD_SLICE", "JUMP_BACKWARD_NO_INTERRUPT", "MAKE_CELL",
    "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "JUMP_BACKWARD", "<141>", "CALL_FUNCTION_EX", "<143>",
    "EXTENDED_ARG", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LOAD_CLASSDEREF", "COPY_FREE_VARS", "<150>", "RESUME",
    "MATCH_CLASS", "<153>", "<154>", "FORMAT_VALUE", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "<158>", "<159>",
    "LOAD_METHOD", "<161>", "LIST_EXTEND", "SET_UPDATE", "DICT_MERGE", "DICT_UPDATE", "PRECALL", "<167>",
    "<168>", "<169>", "<170>", "CALL", "KW_NAMES", "POP_JUMP_BACKWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_TRUE", "<177>", "<178>", "<179>", "<180>", "<181>", "<182>", "<183>",
    "<184>", "<185>", "<186>", "<187>", "<188>", "<189>", "<190>", "<191>",
    "<192>", "<193>", "<194>", "<195>", "<196>", "<197>", "<198>", "<199>",
    "<200>", "<201>", "<202>", "<203>", "<204>", "<205>", "<206>", "<207>",
    "<208>", "<209>", "<210>", "<211>", "<212>", "<213>", "<214>", "<215>",
    "<216>", "<217>", "<218>", "<219>", "<220>", "<221>", "<222>", "<223>",
    "<224>", "<225>", "<226>", "<227>", "<228>", "<229>", "<230>", "<231>",
    "<232>", "<233>", "<234>", "<235>", "<236>", "<237>", "<238>", "<239>",
    "<240>", "<241>", "<242>", "<243>", "<244>", "<245>", "<246>", "<247>",
    "<248>", "<249>", "<250>", "<251>", "<252>", "<253>", "<254>", "<255>",
  };

  /** The number of cache code units after an instruction. */
  public static int caches(int op) {
    return op < 256 ? CACHES[op] : 0;
  }

  /** The instruction's name, as {@code dis} prints it. */
  public static String name(int op) {
    return op < 256 ? NAMES[op] : "PSEUDO_" + op;
  }

  /** Whether the argument is a relative jump ({@code hasjrel}). */
  public static boolean isRelativeJump(int op) {
    switch (op) {
      case FOR_ITER:
      case JUMP_FORWARD:
      case JUMP_IF_FALSE_OR_POP:
      case JUMP_IF_TRUE_OR_POP:
      case POP_JUMP_FORWARD_IF_FALSE:
      case POP_JUMP_FORWARD_IF_TRUE:
      case SEND:
      case POP_JUMP_FORWARD_IF_NOT_NONE:
      case POP_JUMP_FORWARD_IF_NONE:
      case JUMP_BACKWARD_NO_INTERRUPT:
      case JUMP_BACKWARD:
      case POP_JUMP_BACKWARD_IF_NOT_NONE:
      case POP_JUMP_BACKWARD_IF_NONE:
      case POP_JUMP_BACKWARD_IF_FALSE:
      case POP_JUMP_BACKWARD_IF_TRUE:
        return true;
      default:
        return false;
    }
  }
}
