/** Core area: team projects (list, get, create) and their operations. */
package dev.adolink.emulator.core;
