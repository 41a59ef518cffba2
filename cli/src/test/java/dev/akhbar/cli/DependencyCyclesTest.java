package dev.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akhbar.NewsDumpParser;
import dev.akhbar.formats.Dumps;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled classes of core, formats and the CLI depend one way: no package, and no top-level
 * class, reaches itself again through the classes it uses. Read from the byte code, so a reference
 * without an import (same package, fully qualified name) counts too.
 */
class DependencyCyclesTest {
  /** A class name as the constant pool writes it, in a descriptor or on its own. */
  private static final Pattern CLASS_NAME = Pattern.compile("dev/akhbar/[A-Za-z0-9_/$]+");

  private static final Map<String, Set<String>> CLASSES = new TreeMap<>();

  @BeforeAll
  static void readClasses() throws IOException, URISyntaxException {
    for (Class<?> module : List.of(NewsDumpParser.class, Dumps.class, Akhbar.class)) {
      Path location = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            if (file.toString().endsWith(".class")) {
              add(
                  location.relativize(file).toString().replace('\\', '/'),
                  Files.readAllBytes(file));
            }
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          for (ZipEntry entry : jar.stream().toList()) {
            if (entry.getName().endsWith(".class")) {
              try (InputStream in = jar.getInputStream(entry)) {
                add(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    }
  }

  private static void add(String file, byte[] bytes) {
    if (!file.startsWith("dev/akhbar/") || file.endsWith("module-info.class")) {
      return;
    }
    String self = topLevel(file.substring(0, file.length() - ".class".length()));
    Set<String> uses = CLASSES.computeIfAbsent(self, k -> new TreeSet<>());
    // Class names in the constant pool are plain ASCII in modified UTF-8, so a Latin-1 view of
    // the bytes shows them as they are without parsing the pool.
    Matcher m = CLASS_NAME.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      String used = topLevel(m.group());
      if (!used.equals(self)) {
        uses.add(used);
      }
    }
  }

  private static String topLevel(String name) {
    int dollar = name.indexOf('$');
    return dollar < 0 ? name : name.substring(0, dollar);
  }

  private static String packageOf(String name) {
    return name.substring(0, name.lastIndexOf('/'));
  }

  @Test
  void readsTheThreeModules() {
    assertTrue(CLASSES.containsKey("dev/akhbar/NewsDumpParser"), CLASSES.keySet()::toString);
    assertTrue(CLASSES.containsKey("dev/akhbar/formats/Dumps"));
    assertTrue(CLASSES.containsKey("dev/akhbar/cli/Akhbar"));
    assertTrue(CLASSES.get("dev/akhbar/NewsDumpParser").contains("dev/akhbar/internal/PageReader"));
  }

  @Test
  void noPackageCycles() {
    Map<String, Set<String>> packages = new TreeMap<>();
    CLASSES.forEach(
        (name, uses) -> {
          Set<String> to = packages.computeIfAbsent(packageOf(name), k -> new TreeSet<>());
          for (String used : uses) {
            if (CLASSES.containsKey(used) && !packageOf(used).equals(packageOf(name))) {
              to.add(packageOf(used));
            }
          }
        });
    assertEquals(List.of(), cycles(packages), "packages that reach themselves again");
  }

  @Test
  void noClassCycles() {
    Map<String, Set<String>> classes = new TreeMap<>();
    CLASSES.forEach(
        (name, uses) ->
            classes.put(name, new TreeSet<>(uses.stream().filter(CLASSES::containsKey).toList())));
    assertEquals(List.of(), cycles(classes), "top-level classes that reach themselves again");
  }

  @Test
  void findsACycleWhereThereIsOne() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
  }

  /** The strongly connected components of more than one node (Tarjan's algorithm). */
  private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    return new Tarjan(graph).components;
  }

  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new TreeMap<>();
    private final Map<String, Integer> low = new TreeMap<>();
    private final List<String> stack = new ArrayList<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
      for (String node : new TreeSet<>(graph.keySet())) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
    }

    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.add(node);
      onStack.add(node);
      for (String next : graph.getOrDefault(node, Set.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        Set<String> component = new TreeSet<>();
        String top;
        do {
          top = stack.remove(stack.size() - 1);
          onStack.remove(top);
          component.add(top);
        } while (!top.equals(node));
        if (component.size() > 1) {
          components.add(component);
        }
      }
    }
  }
}
