package org.taipan.distro;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The process's standard input (file descriptor 0) as a raw byte stream with no buffering: every
 * read is one {@code read(2)}, as CPython's {@code FileIO} does.
 *
 * <p>Not a bare {@link FileInputStream}: on JDK 17 its {@code readAllBytes}, {@code readNBytes}
 * and {@code skip} ask for the file's size and position, and on a pipe ({@code echo 'print(1)' |
 * taipan -}) that fails with "Illegal seek" or reads nothing. Here those methods are {@link
 * InputStream}'s, which only ever read.
 */
final class StandardInput extends InputStream {

  private final FileInputStream fd0 = new FileInputStream(FileDescriptor.in);

  @Override
  public int read() throws IOException {
    return fd0.read();
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return fd0.read(buffer, offset, length);
  }

  @Override
  public int available() throws IOException {
    return fd0.available();
  }

  @Override
  public void close() throws IOException {
    fd0.close();
  }
}
