package org.taipan.distro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.Flags;

/**
 * A {@code ._pth} file beside the executable, as CPython's {@code getpath.py} reads it: its lines
 * are {@code sys.path} exactly (relative to the file's folder), and the interpreter runs isolated
 * ({@code -I}: no environment, no script folder, no {@code site} unless a line says {@code import
 * site}). It is looked for next to {@code sys.executable} as started (a symbolic link keeps its
 * own name) and then next to the file it resolves to.
 *
 * @param paths the {@code sys.path} entries, absolute and normalized
 * @param importSite whether a line {@code import site} asks for {@code site}
 */
record PthFile(List<String> paths, boolean importSite) {

  /** The {@code ._pth} file of an executable, or {@code null} when there is none. */
  static PthFile find(String executable) {
    if (executable == null || executable.isEmpty()) {
      return null;
    }
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of(executable));
    try {
      candidates.add(Path.of(executable).toRealPath());
    } catch (IOException | RuntimeException e) {
      // no real file: only the name as given
    }
    for (Path exe : candidates) {
      Path pth = Path.of(exe + "._pth");
      if (Files.isRegularFile(pth)) {
        try {
          return read(pth);
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static PthFile read(Path pth) throws IOException {
    Path dir = pth.toAbsolutePath().getParent();
    List<String> paths = new ArrayList<>();
    boolean importSite = false;
    for (String raw : new String(Files.readAllBytes(pth), StandardCharsets.UTF_8).split("\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("import site")) {
        importSite = true;
      } else if (!line.startsWith("import ")) {
        // CPython warns of other 'import' lines and ignores them
        paths.add(dir.resolve(line).normalize().toString());
      }
    }
    return new PthFile(paths, importSite);
  }

  /** The flags of an interpreter configured by this file: isolated, {@code site} as it says. */
  Flags apply(Flags f) {
    return new Flags(f.debug(), f.inspect(), f.interactive(), f.optimize(),
        f.dontWriteBytecode(), f.noUserSite(), importSite ? 0 : 1, 1, f.verbose(),
        f.bytesWarning(), f.quiet(), f.hashRandomization(), 1, f.devMode(), f.utf8Mode(),
        f.warnDefaultEncoding(), true, f.intMaxStrDigits(), f.unbuffered());
  }
}
