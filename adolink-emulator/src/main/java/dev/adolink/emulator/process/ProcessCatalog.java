package dev.adolink.emulator.process;

import dev.adolink.emulator.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The system processes, read from {@code processes.json} next to this class: shared field
 * definitions, then per process its types (states with category and color, fields with required
 * flags, allowed values and defaults) and categories. Immutable.
 */
public final class ProcessCatalog {

  private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
  private final List<String> commonFields = new ArrayList<>();
  private final List<ProcessTemplate> processes = new ArrayList<>();

  private ProcessCatalog(JsonNode root) {
    for (JsonNode f : root.path("fields")) {
      FieldDefinition field =
          new FieldDefinition(
              f.path("referenceName").asString(),
              f.path("name").asString(),
              f.path("type").asString("string"),
              f.path("readOnly").asBoolean(false),
              strings(f.path("allowedValues")),
              Json.text(f, "description", null));
      fields.put(field.referenceName().toLowerCase(), field);
    }
    root.path("commonFields").forEach(f -> commonFields.add(f.asString()));
    for (JsonNode p : root.path("processes")) {
      processes.add(process(p));
    }
  }

  /** The built-in catalog. */
  public static ProcessCatalog standard() {
    try (InputStream in = ProcessCatalog.class.getResourceAsStream("processes.json")) {
      return new ProcessCatalog(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProcessTemplate process(JsonNode p) {
    List<WorkItemTypeDefinition> types = new ArrayList<>();
    for (JsonNode t : p.path("types")) {
      types.add(type(t));
    }
    List<Category> categories = new ArrayList<>();
    for (JsonNode c : p.path("categories")) {
      categories.add(
          new Category(
              c.path("referenceName").asString(),
              c.path("name").asString(),
              c.path("defaultType").asString(),
              strings(c.path("types"))));
    }
    return new ProcessTemplate(
        UUID.fromString(p.path("id").asString()),
        p.path("name").asString(),
        p.path("description").asString(""),
        p.path("isDefault").asBoolean(false),
        List.copyOf(types),
        List.copyOf(categories));
  }

  private WorkItemTypeDefinition type(JsonNode t) {
    List<WorkItemState> states = new ArrayList<>();
    for (JsonNode s : t.path("states")) {
      states.add(
          new WorkItemState(
              s.path("name").asString(),
              StateCategory.of(s.path("category").asString()),
              s.path("color").asString(),
              s.path("defaultReason").asString("Moved to state " + s.path("name").asString())));
    }
    List<TypeField> typeFields = new ArrayList<>();
    List<JsonNode> declared = new ArrayList<>();
    t.path("fields").forEach(declared::add);
    for (String common : commonFields) {
      if (declared.stream()
          .noneMatch(d -> d.path("referenceName").asString().equalsIgnoreCase(common))) {
        declared.add(Json.object().put("referenceName", common));
      }
    }
    for (JsonNode f : declared) {
      String ref = f.path("referenceName").asString();
      FieldDefinition field = fields.get(ref.toLowerCase());
      if (field == null) {
        throw new IllegalStateException("processes.json: unknown field " + ref);
      }
      List<String> allowed = strings(f.path("allowedValues"));
      typeFields.add(
          new TypeField(
              field,
              f.path("required").asBoolean(false),
              allowed.isEmpty() ? field.allowedValues() : allowed,
              Json.text(f, "defaultValue", null)));
    }
    return new WorkItemTypeDefinition(
        t.path("name").asString(),
        t.path("referenceName").asString(),
        t.path("description").asString(""),
        t.path("color").asString(),
        t.path("icon").asString("icon_clipboard"),
        t.path("disabled").asBoolean(false),
        t.path("category").asString(),
        List.copyOf(states),
        List.copyOf(typeFields));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return List.copyOf(values);
  }

  public List<ProcessTemplate> all() {
    return List.copyOf(processes);
  }

  public Optional<ProcessTemplate> byId(UUID id) {
    return processes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Optional<ProcessTemplate> byName(String name) {
    return processes.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  public ProcessTemplate defaultProcess() {
    return processes.stream()
        .filter(ProcessTemplate::isDefault)
        .findFirst()
        .orElse(processes.get(0));
  }

  /** Every field definition of the organization ({@code _apis/wit/fields}). */
  public List<FieldDefinition> fields() {
    return List.copyOf(fields.values());
  }

  public Optional<FieldDefinition> field(String referenceName) {
    return Optional.ofNullable(fields.get(referenceName.toLowerCase()));
  }
}
