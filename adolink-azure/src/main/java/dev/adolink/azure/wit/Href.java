package dev.adolink.azure.wit;

/** An entry of {@code _links}. */
public record Href(String href) {}
