package dev.adolink.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The latest event of an issue as its page shows it: exceptions with their frames (in-app marked,
 * context lines), tags, user, request, SDK, the last breadcrumbs and what normalization changed.
 */
record EventView(
    String eventId,
    String date,
    @Nullable String release,
    @Nullable String environment,
    List<ExceptionView> exceptions,
    List<Tag> tags,
    List<Tag> user,
    @Nullable String request,
    @Nullable String sdk,
    List<Crumb> breadcrumbs,
    List<String> notes) {

  record ExceptionView(String title, List<FrameView> frames) {}

  record FrameView(String where, @Nullable String contextLine, boolean inApp) {}

  record Tag(String key, String value) {}

  record Crumb(String at, String category, String message) {}

  private static final int BREADCRUMBS = 10;

  static EventView of(JsonNode event) {
    List<ExceptionView> exceptions = new ArrayList<>();
    for (JsonNode value : event.path("exception").path("values")) {
      String type = value.path("type").asString("");
      String text = value.path("value").asString("");
      String title = type.isEmpty() ? text : text.isEmpty() ? type : type + ": " + text;
      List<FrameView> frames = new ArrayList<>();
      JsonNode list = value.path("stacktrace").path("frames");
      // newest first, as people read a stack trace
      for (int i = list.size() - 1; i >= 0; i--) {
        JsonNode frame = list.get(i);
        String file = frame.path("filename").asString(frame.path("abs_path").asString("?"));
        String module = frame.path("module").asString(null);
        String where =
            (module != null ? module + "." : "")
                + frame.path("function").asString("?")
                + " ("
                + file
                + (frame.has("lineno") ? ":" + frame.path("lineno").asInt() : "")
                + ")";
        frames.add(
            new FrameView(
                where,
                frame.path("context_line").asString(null),
                frame.path("in_app").asBoolean(false)));
      }
      exceptions.add(new ExceptionView(title, frames));
    }
    // the outermost exception first
    java.util.Collections.reverse(exceptions);
    List<Tag> tags = new ArrayList<>();
    event
        .path("tags")
        .forEach(
            tag -> tags.add(new Tag(tag.path("key").asString(), tag.path("value").asString())));
    List<Tag> user = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : event.path("user").properties()) {
      if (field.getValue().isValueNode()) {
        user.add(new Tag(field.getKey(), field.getValue().asString()));
      }
    }
    JsonNode request = event.path("request");
    String requestLine =
        request.has("url")
            ? (request.path("method").asString("GET") + " " + request.path("url").asString())
            : null;
    JsonNode sdk = event.path("sdk");
    String sdkName =
        sdk.has("name")
            ? sdk.path("name").asString() + " " + sdk.path("version").asString("")
            : null;
    List<Crumb> crumbs = new ArrayList<>();
    JsonNode values = event.path("breadcrumbs").path("values");
    for (int i = Math.max(0, values.size() - BREADCRUMBS); i < values.size(); i++) {
      JsonNode crumb = values.get(i);
      crumbs.add(
          new Crumb(
              crumb.path("timestamp").asString(""),
              crumb.path("category").asString(crumb.path("type").asString("")),
              crumb.path("message").asString(crumb.path("data").toString())));
    }
    List<String> notes = new ArrayList<>();
    event
        .path("errors")
        .forEach(
            note ->
                notes.add(
                    note.path("name").asString()
                        + ": "
                        + note.path("type").asString().replace('_', ' ')
                        + " ("
                        + note.path("value").asString()
                        + ")"));
    return new EventView(
        event.path("eventID").asString(),
        event.path("dateCreated").asString(),
        event.path("release").asString(null),
        event.path("environment").asString(null),
        exceptions,
        tags,
        user,
        requestLine,
        sdkName == null ? null : sdkName.strip(),
        crumbs,
        notes);
  }
}
