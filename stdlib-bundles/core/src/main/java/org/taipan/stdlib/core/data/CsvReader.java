package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyIterator;
import org.taipan.object.PyList;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * {@code _csv.reader}: parses the lines an iterator yields into lists of fields with the state
 * machine of CPython's {@code Modules/_csv.c}, one code point at a time, a line's end being fed as
 * the pseudo-character {@link #EOL}.
 */
final class CsvReader extends PyIterator {
  static final PyType TYPE =
      DataSupport.type("reader", "_csv", CsvReader.class, MethodHandles.lookup(), null, null,
          CsvReader.class);

  private static final int EOL = -2;

  private enum State {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
  }

  private final Object input;
  private final CsvDialect dialect;
  private PyList fields;
  private final StringBuilder field = new StringBuilder();
  private State state;
  private boolean numericField;
  private long lineNum;

  CsvReader(Object input, CsvDialect dialect) {
    this.input = input;
    this.dialect = dialect;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  @Override
  public Object next() {
    fields = new PyList();
    field.setLength(0);
    state = State.START_RECORD;
    numericField = false;
    do {
      Object line = Abstract.next(input);
      if (line == null) {
        if (field.length() != 0 || state == State.IN_QUOTED_FIELD) {
          if (dialect.strict) {
            throw PyErr.format(CsvModule.ERROR, "unexpected end of data");
          }
          saveField();
          break;
        }
        return null;
      }
      if (!PyUnicode.isStr(line)) {
        throw PyErr.format(CsvModule.ERROR,
            "iterator should return strings, not %.200s (the file should be opened in text mode)",
            DataSupport.typeName(line));
      }
      lineNum++;
      String s = PyUnicode.asJavaString(line);
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        process(c);
      }
      process(EOL);
    } while (state != State.START_RECORD);
    PyList r = fields;
    fields = null;
    return r;
  }

  private void saveField() {
    Object f = field.toString();
    field.setLength(0);
    if (numericField) {
      numericField = false;
      f = Abstract.call(PyType.of(0.0), f);
    }
    fields.append(f);
  }

  private void add(int c) {
    if (field.length() >= CsvModule.fieldLimit) {
      throw PyErr.format(CsvModule.ERROR, "field larger than field limit (%d)",
          CsvModule.fieldLimit);
    }
    field.appendCodePoint(c);
  }

  private static boolean isNewline(int c) {
    return c == '\n' || c == '\r';
  }

  private void process(int c) {
    CsvDialect d = dialect;
    switch (state) {
      case START_RECORD:
        if (c == EOL) {
          return;
        } else if (isNewline(c)) {
          state = State.EAT_CRNL;
          return;
        }
        state = State.START_FIELD;
        startField(c);
        return;
      case START_FIELD:
        startField(c);
        return;
      case ESCAPED_CHAR:
        if (isNewline(c)) {
          add(c);
          state = State.AFTER_ESCAPED_CRNL;
          return;
        }
        add(c == EOL ? '\n' : c);
        state = State.IN_FIELD;
        return;
      case AFTER_ESCAPED_CRNL:
        if (c == EOL) {
          return;
        }
        inField(c);
        return;
      case IN_FIELD:
        inField(c);
        return;
      case IN_QUOTED_FIELD:
        if (c == EOL) {
          return;
        } else if (c == d.escapechar) {
          state = State.ESCAPE_IN_QUOTED_FIELD;
        } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
          state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
        } else {
          add(c);
        }
        return;
      case ESCAPE_IN_QUOTED_FIELD:
        add(c == EOL ? '\n' : c);
        state = State.IN_QUOTED_FIELD;
        return;
      case QUOTE_IN_QUOTED_FIELD:
        if (d.quoting != CsvDialect.QUOTE_NONE && c == d.quotechar) {
          add(c);
          state = State.IN_QUOTED_FIELD;
        } else if (c == d.delimiter) {
          saveField();
          state = State.START_FIELD;
        } else if (isNewline(c) || c == EOL) {
          saveField();
          state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (!d.strict) {
          add(c);
          state = State.IN_FIELD;
        } else {
          throw PyErr.format(CsvModule.ERROR, "'%s' expected after '%s'",
              new String(Character.toChars(d.delimiter)),
              new String(Character.toChars(d.quotechar)));
        }
        return;
      case EAT_CRNL:
        if (isNewline(c)) {
          return;
        } else if (c == EOL) {
          state = State.START_RECORD;
          return;
        }
        throw PyErr.format(CsvModule.ERROR, "new-line character seen in unquoted field - do you"
            + " need to open the file in universal-newline mode?");
      default:
        throw new IllegalStateException(state.toString());
    }
  }

  private void startField(int c) {
    CsvDialect d = dialect;
    if (isNewline(c) || c == EOL) {
      saveField();
      state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
      state = State.IN_QUOTED_FIELD;
    } else if (c == d.escapechar) {
      state = State.ESCAPED_CHAR;
    } else if (c == ' ' && d.skipinitialspace) {
      return;
    } else if (c == d.delimiter) {
      saveField();
    } else {
      if (d.quoting == CsvDialect.QUOTE_NONNUMERIC) {
        numericField = true;
      }
      add(c);
      state = State.IN_FIELD;
    }
  }

  private void inField(int c) {
    CsvDialect d = dialect;
    if (isNewline(c) || c == EOL) {
      saveField();
      state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    } else if (c == d.escapechar) {
      state = State.ESCAPED_CHAR;
    } else if (c == d.delimiter) {
      saveField();
      state = State.START_FIELD;
    } else {
      add(c);
      state = State.IN_FIELD;
    }
  }

  static Object __iter__(Object self) {
    return self;
  }

  static Object __next__(Object self) {
    return ((CsvReader) self).nextOrRaise();
  }

  @Getter("dialect")
  static Object dialectAttr(Object self) {
    return ((CsvReader) self).dialect;
  }

  @Getter("line_num")
  static Object lineNumAttr(Object self) {
    return ((CsvReader) self).lineNum;
  }
}
