package dev.adolink.emulator.git;

/**
 * One changed file or folder of a commit.
 *
 * @param path absolute, e.g. {@code /src/app.js}
 * @param originalPath the source of a rename (and the path of a delete); {@code null} otherwise
 * @param objectId the new blob id; {@code null} for deletes and folders
 * @param originalObjectId the previous blob id; {@code null} for adds and folders
 */
public record Change(
    ChangeType type,
    String path,
    String originalPath,
    String objectId,
    String originalObjectId,
    boolean folder) {}
