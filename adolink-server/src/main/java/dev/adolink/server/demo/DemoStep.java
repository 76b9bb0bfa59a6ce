package dev.adolink.server.demo;

/**
 * One part of the demo data. Declare a bean (with {@code @Order}: 100 Azure DevOps data, 200
 * tracker data, 300 the installation; later features use 400 and up) and it runs once the server is
 * up with {@code --demo}. Use the real API through {@link Demo#api()} where there is one, and
 * {@link Demo#note} for what the user should know.
 */
@FunctionalInterface
public interface DemoStep {

  void apply(Demo demo) throws Exception;
}
