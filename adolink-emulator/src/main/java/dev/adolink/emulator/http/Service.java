package dev.adolink.emulator.http;

/** What the {@link Server} serves: it answers every request, in its own format. */
public interface Service {

  /** Answers one request; any exception is a bug (the server answers a bare 500). */
  Response serve(Incoming request);

  /** The answer to a request that could not be read (a body above the size limit). */
  Response unreadable(int status, String message);
}
