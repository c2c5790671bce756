package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.api.Components;
import org.taipan.api.Cpu;
import org.taipan.api.ProviderSource;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;
import org.taipan.api.exec.PythonExecution;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;
import org.taipan.api.object.ObjectProtocol;
import org.taipan.object.StandardObjectProtocol;

/** Modules from module providers: Java builtin modules and trees of pure-Python modules. */
class ModuleProviderTest {

  @Test
  void importsBuiltinAndSourceTreeModules(@TempDir Path dir) throws Exception {
    Path tree = dir.resolve("lib");
    Files.createDirectories(tree.resolve("pkg"));
    Files.writeString(tree.resolve("pkg/__init__.py"), "NAME = 'pkg'\n");
    Files.writeString(tree.resolve("pkg/mod.py"), "def hello():\n    return 'hello from mod'\n");
    ModuleProvider provider =
        new ModuleProvider() {
          @Override
          public String group() {
            return "test";
          }

          @Override
          public List<BuiltinModule> builtinModules() {
            return List.of(new BuiltinModule("demo", DemoModule.class));
          }

          @Override
          public List<PythonSourceTree> sourceTrees() {
            return List.of(new PythonSourceTree("test tree", tree.toUri()));
          }
        };
    ProviderSource source =
        new ProviderSource() {
          @Override
          @SuppressWarnings("unchecked")
          public <S> List<S> providers(Class<S> service) {
            if (service == ObjectProtocol.class) {
              return (List<S>) List.of(new StandardObjectProtocol());
            } else if (service == PythonExecution.class) {
              return (List<S>) List.of(new Execution());
            } else if (service == ModuleProvider.class) {
              return (List<S>) List.of(provider);
            }
            return List.of();
          }
        };
    Components c = Components.from(source, Cpu.detect());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RuntimeContext ctx =
        RuntimeContext.embedded(c, List.of("-c"), new ByteArrayInputStream(new byte[0]), out, err);
    String prog =
        "import demo, pkg.mod\nfrom pkg import NAME\n"
            + "print(demo.twice(21), pkg.mod.hello(), NAME, 'demo' in __import__('sys')"
            + ".builtin_module_names)";
    int rc = c.execution().runMain(new MainProgram.Command(prog), ctx);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(0, rc);
    assertEquals("42 hello from mod pkg True\n", out.toString(StandardCharsets.UTF_8));
  }
}
