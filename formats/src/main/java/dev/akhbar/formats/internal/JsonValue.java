package dev.akhbar.formats.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One value met in a JSON object (or CSV row): its items (one for a scalar, each value of a key met
 * again), whether it was a list, whether its items are JSON text. Not thread-safe.
 */
final class JsonValue {
  final List<String> items = new ArrayList<>(1);
  boolean list;
  boolean json;
}
