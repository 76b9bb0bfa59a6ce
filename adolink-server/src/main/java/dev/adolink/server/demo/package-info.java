/**
 * {@code --demo}: the emulator in-process, seeded Azure DevOps and tracker data connected through
 * the real API, printed URL and logins. Features add data by declaring {@link
 * dev.adolink.server.demo.DemoStep} beans.
 */
@NullMarked
package dev.adolink.server.demo;

import org.jspecify.annotations.NullMarked;
