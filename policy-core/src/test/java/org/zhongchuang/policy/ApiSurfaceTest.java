package org.zhongchuang.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API names no Guava type, so callers can use another Guava (or none) and the library can drop it; and the
 * module descriptor does not re-export Guava.
 */
class ApiSurfaceTest {

  private static final String GUAVA = "com.google.common.";

  @Test
  void noGuavaTypeInAnyPublicSignature() throws Exception {
    Set<String> leaks = new TreeSet<>();
    List<Class<?>> classes = exportedClasses();
    assertTrue(classes.size() > 50, "found the library's classes: " + classes.size());
    for (Class<?> type : classes) {
      if (!isApi(type)) {
        continue;
      }
      check(type.getGenericSuperclass(), type.getName() + " extends", leaks);
      for (Type itf : type.getGenericInterfaces()) {
        check(itf, type.getName() + " implements", leaks);
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
          String where = type.getName() + "." + method.getName();
          check(method.getGenericReturnType(), where + " returns", leaks);
          checkParameters(method, where, leaks);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
          checkParameters(constructor, type.getName() + ".<init>", leaks);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers()) && !field.isSynthetic()) {
          check(field.getGenericType(), type.getName() + "." + field.getName(), leaks);
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          check(component.getGenericType(), type.getName() + "." + component.getName(), leaks);
        }
      }
    }
    assertEquals(Set.of(), leaks, "Guava types in the public API");
  }

  @Test
  void guavaIsNotReExported() {
    ModuleDescriptor descriptor = Catalogue().getModule().getDescriptor();
    if (descriptor == null) {
      return; // tests on the class path: the descriptor is checked in the jar by PolicyJarIT's module run
    }
    for (ModuleDescriptor.Requires requires : descriptor.requires()) {
      if (requires.name().equals("com.google.common")) {
        assertTrue(
            !requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE),
            "requires transitive com.google.common");
      }
    }
  }

  @Test
  void moduleSourceDoesNotReExportGuava() throws IOException {
    String source = Files.readString(Paths.get("src/main/java/module-info.java"));
    assertTrue(source.contains("requires com.google.common;"), source);
    assertTrue(!source.contains("requires transitive com.google.common"), source);
  }

  private static Class<?> Catalogue() {
    return org.zhongchuang.policy.catalogue.Catalogue.class;
  }

  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void checkParameters(Executable executable, String where, Set<String> leaks) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(parameter, where + " takes", leaks);
    }
    for (Type thrown : executable.getGenericExceptionTypes()) {
      check(thrown, where + " throws", leaks);
    }
  }

  private static void check(Type type, String where, Set<String> leaks) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(GUAVA)) {
        leaks.add(where + " " + c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(p.getRawType(), where, leaks);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, where, leaks);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, where, leaks);
      }
      for (Type bound : w.getLowerBounds()) {
        check(bound, where, leaks);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), where, leaks);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        if (bound instanceof Class<?> c && c.getName().startsWith(GUAVA)) {
          leaks.add(where + " " + c.getName());
        }
      }
    }
  }

  private static List<Class<?>> exportedClasses() throws IOException, ClassNotFoundException {
    Path root = Paths.get("target/classes");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (!name.endsWith(".class") || name.equals("module-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.');
        if (className.contains(".internal.")) {
          continue;
        }
        classes.add(Class.forName(className, false, ApiSurfaceTest.class.getClassLoader()));
      }
    }
    return classes;
  }
}
