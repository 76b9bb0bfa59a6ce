package dev.adolink.server.jobs;

/**
 * @param key the job's key, unique within its type while the job is pending
 * @param attempt 1 on the first run, 2 on the first retry, ...
 */
public record JobContext(String key, int attempt) {}
