/** The JUnit 5 extension that runs an emulator for a test class or for each test. */
package dev.adolink.emulator.junit;
