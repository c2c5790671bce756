package org.taipan.distro;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * The process's standard input (file descriptor 0) as a raw byte stream with no buffering: every
 * read is one {@code read(2)}, as CPython's {@code FileIO} does. Being a {@link FileInputStream}
 * on {@link FileDescriptor#in}, it tells the runtime that {@code sys.stdin} may be a {@code FileIO}
 * on descriptor 0.
 *
 * <p>On JDK 17 {@code FileInputStream}'s {@code readAllBytes}, {@code readNBytes} and {@code skip}
 * ask for the file's size and position, and on a pipe ({@code echo 'print(1)' | taipan -}) that
 * fails with "Illegal seek" or reads nothing. Here those methods only ever read.
 */
final class StandardInput extends FileInputStream {

  StandardInput() {
    super(FileDescriptor.in);
  }

  @Override
  public byte[] readAllBytes() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = read(chunk, 0, chunk.length)) >= 0) {
      all.write(chunk, 0, n);
    }
    return all.toByteArray();
  }

  @Override
  public byte[] readNBytes(int len) throws IOException {
    byte[] buffer = new byte[len];
    int n = readNBytes(buffer, 0, len);
    return n == len ? buffer : java.util.Arrays.copyOf(buffer, n);
  }

  @Override
  public int readNBytes(byte[] buffer, int offset, int length) throws IOException {
    int total = 0;
    while (total < length) {
      int n = read(buffer, offset + total, length - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] chunk = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int got = read(chunk, 0, (int) Math.min(chunk.length, n - skipped));
      if (got < 0) {
        break;
      }
      skipped += got;
    }
    return skipped;
  }

  @Override
  public long transferTo(java.io.OutputStream out) throws IOException {
    byte[] chunk = new byte[8192];
    long total = 0;
    int n;
    while ((n = read(chunk, 0, chunk.length)) >= 0) {
      out.write(chunk, 0, n);
      total += n;
    }
    return total;
  }
}
